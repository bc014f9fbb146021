/**
 * The contact view: what a notice offers residents to reach the agency, whatever its
 * kind: people to call (the number as printed, its tel: link, E.164 and whether it is a
 * mobile, for a vCard), the address with a map link, the hours, and a social page. A kind
 * builds it from its own fields (src/kinds/<kind>/contact.ts); the contact card, the
 * directory, the vCards, the JSON-LD and the search record read it, and none of them
 * works a number out again.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { e164, isShortNumber, telHref } from '../lib/phone.ts';
import { addressParts, type AddressParts } from '../lib/address.ts';
import type { WEEKDAYS } from '../schema/parts.ts';

/** A printed phone number and everything derived from it, once. */
export interface PhoneView {
  /** Exactly as the notice prints it: "0934.336.639". */
  phone: string;
  /** Its tel: link: E.164, or the digits of a short service number. */
  tel: string;
  /** "+84934336639"; null for a short service number, which has no E.164 form. */
  e164: string | null;
  /** A mobile number (a vCard's TEL type "cell"). */
  mobile: boolean;
}

/** One person to call: the hotline item of the contact card, the directory and a vCard. */
export interface ContactView extends PhoneView {
  /** "Ông Đỗ Quang Minh" as the sentence starts; `inSentence` for inside one ("ông Đỗ Quang Minh"). */
  person: string;
  personInSentence: string;
  name: string;
  /** The name's parts as a vCard's N wants them: Vietnamese names are family name first, given name last. */
  nameParts: { family: string; given: string; middle: string; prefix: string };
  post: string;
  email?: { address: string; mailto: string };
  /** Site path of this person's vCard. */
  vcardPath: string;
}

export interface AddressView {
  heading: string;
  /** As this page's language writes it. */
  text: string;
  /** The original's address: what a map, a taxi driver or a vCard's ADR reads. */
  original: string;
  parts: AddressParts;
  mapHref: string;
  coordinates?: { lat: number; lon: number };
}

export interface HoursView {
  heading: string;
  text: string;
  /** The hours a machine reads, when the notice gives them. */
  schedule?: { days: (typeof WEEKDAYS)[number][]; opens: string; closes: string }[];
}

/** A day residents may come in person, moved where the notice says when it falls on a day off. */
export interface ReceptionDayView {
  /** "2026-02-23". */
  iso: string;
  /** "Thứ Hai, 23/02/2026", in the page's language. */
  text: string;
  /** The day the rule gave, when it fell on a day off and was moved: "Thứ Ba, 17/02/2026 (Tết Nguyên đán)". */
  movedFrom?: { iso: string; text: string; reason: string };
}

/** One kind of reception: who receives, on which days (in words), at which hours, and the next days. */
export interface ReceptionSessionView {
  /** "Giám đốc Sở tiếp công dân định kỳ". */
  title: string;
  who: string;
  /** The rule in words: "Ngày 15 hằng tháng; trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp". */
  rule: string;
  /** "08:00–11:30"; each period of the day. */
  hours: { opens: string; closes: string }[];
  /** Empty when none is offered (the schedule replaced, ended, or not offering its days). */
  upcoming: ReceptionDayView[];
}

/** In-person reception on set days (the citizen-reception schedule): what the page puts first. */
export interface ReceptionView {
  sessions: ReceptionSessionView[];
  /** Why no day is offered: the period has ended, or has not begun; null when days are offered. */
  none: null | 'ended' | 'not-offered';
  /** The period, in words: "01/01/2026 – 31/12/2026". */
  period: string;
  /** Where to come: the address view's text with the room. */
  room?: string;
  /** What to bring and the rules, one item each. */
  bring: string[];
  /** The iCalendar file of the upcoming days (site path and its text); none without upcoming days. */
  calendar?: { path: string; text: string };
}

/** Everything a notice offers residents to reach the agency. */
export interface ReachView {
  /** What the people are there for, as the notice heads it (JSON-LD contactType). */
  purpose: string;
  /** Empty when the notice offers none (a replaced notice, or a draft pending). */
  contacts: ContactView[];
  address: AddressView;
  hours: HoursView;
  social?: { name: string; url: string };
  /** Days to come in person (a reception schedule). */
  reception?: ReceptionView;
}

/** A printed number with its links; null when it is no phone number (the schema refuses those). */
export function phoneView(phone: string): PhoneView | null {
  const tel = telHref(phone);
  if (!tel) return null;
  const number = isShortNumber(phone) ? null : e164(phone);
  const mobile = number !== null && parsePhoneNumberFromString(number)?.getType() === 'MOBILE';
  return { phone, tel, e164: number, mobile };
}

/** "Đỗ Quang Minh": family Đỗ, middle Quang, given Minh; `prefix` the honorific. */
export function nameParts(name: string, prefix: string): ContactView['nameParts'] {
  const words = name.trim().split(/\s+/);
  return {
    family: words.length > 1 ? words[0]! : '',
    given: words[words.length - 1]!,
    middle: words.slice(1, -1).join(' '),
    prefix,
  };
}

/** A map link that needs no script and sends nothing until the resident taps it. */
export function mapHref(address: { text: string; coordinates?: { lat: number; lon: number } }): string {
  const c = address.coordinates;
  if (c) return `https://www.openstreetmap.org/?mlat=${c.lat}&mlon=${c.lon}#map=18/${c.lat}/${c.lon}`;
  // The address as written (an IRI: the browser encodes it when followed), so the page's HTML
  // repeats the address it shows rather than 3 percent-escapes per Vietnamese letter; only what
  // would end or change the query is escaped, and a space is "+", as a form writes it.
  const query = address.text.replace(/\.$/, '');
  const iri = [...query].map((ch) => (ch === ' ' ? '+' : /[\s&#%+=?"'<>\\^`{|}[\]]/.test(ch) || ch < ' ' ? encodeURIComponent(ch) : ch)).join('');
  return `https://www.openstreetmap.org/search?query=${iri}`;
}

/** The address view of a place the original writes as `original` (and this page as `text`). */
export function addressView(heading: string, text: string, original: { text: string; coordinates?: { lat: number; lon: number } }): AddressView {
  return {
    heading,
    text,
    original: original.text,
    parts: addressParts(original.text),
    mapHref: mapHref(original),
    ...(original.coordinates ? { coordinates: original.coordinates } : {}),
  };
}
