/**
 * The directory (/duong-day-nong/): every way residents may reach each issuing body that is
 * in force, the hotlines to call and the in-person reception schedules, grouped by body. It lists exactly the notices that offer their numbers
 * (src/model/lifecycle.ts: in force, or a draft that replaces nothing), so it can never
 * show a number from a replaced notice, and it shows the same numbers as the notice pages.
 * The site may hold the notices of several bodies (a city portal): the site's own agency
 * comes first, then the others by name.
 */
import type { ContactView, NoticeView } from './notice.ts';

export interface DirectoryPlace {
  address: NoticeView['address'];
  hours: NoticeView['hours'];
  /** The notices that give this address and these hours. */
  notices: NoticeView[];
}

export interface DirectoryGroup {
  /** "Sở Ngoại vụ thành phố Hải Phòng" (issuer.fullName; the group's key is the original's). */
  name: string;
  /** The parent body as its newest notice writes it. */
  parent: string;
  contacts: { contact: ContactView; notice: NoticeView }[];
  /** One entry when all its notices agree, as they usually do; else one per address and hours. */
  places: DirectoryPlace[];
  /**
   * Its citizen-reception schedules in force (a notice with reception days): when and where to
   * come in person, and the numbers to register; kept apart from the hotlines.
   */
  receptions: NoticeView[];
}

/** `notices` newest first, as the site model holds them; `agency`: the site's own, as content/site.yaml names it in Vietnamese. */
export function buildDirectory(notices: readonly NoticeView[], agency: string): DirectoryGroup[] {
  const groups = new Map<string, DirectoryGroup>();
  const keyOf = new Map<DirectoryGroup, string>();
  for (const v of notices) {
    if (!v.lifecycle.offersContacts) continue;
    // A reception schedule whose period has ended is no way to reach the body any more.
    if (v.reception?.none === 'ended') continue;
    // Grouped by the body as the original names it; shown as the page's language names it
    // (a translation's issuer), so an English directory reads in English.
    const key = v.notice.issuer.fullName;
    let g = groups.get(key);
    if (!g) {
      groups.set(key, (g = { name: v.localized.issuer.fullName, parent: v.localized.issuer.parent, contacts: [], places: [], receptions: [] }));
      keyOf.set(g, key);
    }
    if (v.reception) {
      g.receptions.push(v);
      continue;
    }
    g.contacts.push(...v.contacts.map((contact) => ({ contact, notice: v })));
    const place = g.places.find((p) => p.address.text === v.address.text && p.hours.text === v.hours.text);
    if (place) place.notices.push(v);
    else g.places.push({ address: v.address, hours: v.hours, notices: [v] });
  }
  const own = (g: DirectoryGroup) => Number(keyOf.get(g) === agency);
  return [...groups.values()].sort((a, b) => own(b) - own(a) || keyOf.get(a)!.localeCompare(keyOf.get(b)!, 'vi'));
}
