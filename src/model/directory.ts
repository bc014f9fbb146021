/**
 * The directory of hotlines (/duong-day-nong/): the numbers residents may call, grouped by
 * issuing body. It lists exactly the notices that offer their numbers
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
  /** "Sở Ngoại vụ thành phố Hải Phòng" (issuer.fullName, the key of the group). */
  name: string;
  /** The parent body as its newest notice writes it. */
  parent: string;
  hotlines: { contact: ContactView; notice: NoticeView }[];
  /** One entry when all its notices agree, as they usually do; else one per address and hours. */
  places: DirectoryPlace[];
}

/** `notices` newest first, as the site model holds them. */
export function buildDirectory(notices: readonly NoticeView[], agency: string): DirectoryGroup[] {
  const groups = new Map<string, DirectoryGroup>();
  for (const v of notices) {
    if (!v.lifecycle.offersContacts) continue;
    const name = v.notice.issuer.fullName;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, parent: v.notice.issuer.parent, hotlines: [], places: [] }));
    g.hotlines.push(...v.contacts.map((contact) => ({ contact, notice: v })));
    const place = g.places.find((p) => p.address.text === v.address.text && p.hours.text === v.hours.text);
    if (place) place.notices.push(v);
    else g.places.push({ address: v.address, hours: v.hours, notices: [v] });
  }
  return [...groups.values()].sort((a, b) => Number(b.name === agency) - Number(a.name === agency) || a.name.localeCompare(b.name, 'vi'));
}
