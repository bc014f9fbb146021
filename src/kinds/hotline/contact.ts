/**
 * What a hotline notice offers residents: the people on duty with their numbers (when the
 * notice offers them), the address where feedback is received in person, the hours, and
 * the agency's Facebook page.
 */
import { addressView, nameParts, phoneView, type ContactView, type ReachView } from '../contact.ts';
import type { ContactContext } from '../kind.ts';
import type { HotlineNotice } from './schema.ts';

export function hotlineContact(n: HotlineNotice, original: HotlineNotice, { t, offers, mailto, vcardPath }: ContactContext): ReachView {
  const contacts = (offers ? n.hotlines.contacts : []).map((c, i): ContactView => ({
    person: t(`person.${c.honorific}`, { name: c.name }),
    personInSentence: t(`person.${c.honorific}.inSentence`, { name: c.name }),
    name: c.name,
    nameParts: nameParts(c.name, c.honorific),
    post: c.post,
    // The schema refuses a number without a link.
    ...phoneView(c.phone)!,
    ...(c.email ? { email: { address: c.email, mailto: mailto(c.email) } } : {}),
    vcardPath: vcardPath(i),
  }));
  return {
    purpose: n.hotlines.heading,
    contacts,
    // The map searches the address as the original writes it, whatever the page's language.
    address: addressView(n.address.heading, n.address.text, original.address),
    hours: { heading: n.hours.heading, text: n.hours.text, ...(n.hours.schedule ? { schedule: n.hours.schedule } : {}) },
    ...(n.facebook ? { social: { name: n.facebook.name, url: n.facebook.url } } : {}),
  };
}
