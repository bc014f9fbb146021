/**
 * "Lưu vào danh bạ": one vCard 4.0 (RFC 6350) per hotline, written at build time from the
 * validated notice. Small enough to write here rather than pull a library in: the parts
 * that matter are escaping (§3.4), folding at 75 octets without splitting a UTF-8
 * character (§3.2) and CRLF line ends. Tests parse the output with ical.js.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Hotline } from '../schema/notice.ts';
import type { NoticeView } from '../model/notice.ts';
import { e164, isShortNumber } from '../lib/phone.ts';
import { addressParts } from '../lib/address.ts';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 6350 §3.4): backslash, comma and line breaks. A semicolon is
 * plain text here; it is escaped only inside structured values (see `escapeComponent`),
 * and strict parsers such as ical.js read "\\;" in FN or TITLE as a literal backslash.
 */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Escapes one component of a structured value (N, ADR, ORG), where ";" separates components. */
export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/**
 * A parameter value, quoted, with RFC 6868 caret escapes: a parameter cannot hold a
 * double quote or a line break any other way.
 */
export function quoteParam(value: string): string {
  const escaped = value.replace(/\^/g, '^^').replace(/\r\n|\r|\n/g, '^n').replace(/"/g, "^'");
  return `"${escaped}"`;
}

/**
 * Folds one content line so no physical line exceeds 75 octets (continuations start with
 * one space, which counts). Cuts only between code points: a Vietnamese letter is 2–3
 * octets in UTF-8 and must stay whole.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = MAX_OCTETS;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/**
 * N: family;given;additional;prefix;suffix. A Vietnamese name is family name first and
 * given name last ("Đỗ Quang Minh": họ Đỗ, tên đệm Quang, tên Minh), which is how
 * contacts then sort. FN keeps the name exactly as the notice writes it.
 */
function structuredName(c: Hotline): string {
  const words = c.name.trim().split(/\s+/);
  const family = words.length > 1 ? words[0] : '';
  const given = words[words.length - 1];
  const middle = words.slice(1, -1).join(' ');
  return [family, given, middle, c.honorific, ''].map(escapeComponent).join(';');
}

/** The TEL property: a tel: URI in E.164, or a short service number as text (it has no E.164 form). */
function telProperty(phone: string): string {
  const number = e164(phone);
  if (number === null || isShortNumber(phone)) {
    return `TEL;TYPE=work,voice:${escapeText(phone.replace(/[\s.\-()]/g, ''))}`;
  }
  const kind = parsePhoneNumberFromString(number)?.getType();
  const types = ['work', 'voice', ...(kind === 'MOBILE' ? ['cell'] : [])];
  return `TEL;VALUE=uri;TYPE=${types.join(',')}:tel:${number}`;
}

/**
 * The vCard for the hotline at `index` in the notice's list, in the view's language (the
 * post, the agency and the hours of a translation; the name, number and address parts
 * always the original's). `self` is this vCard's own absolute address, so a client can
 * refresh it (SOURCE).
 */
export function hotlineVCard(view: NoticeView, index: number, self: string): string {
  const n = view.localized;
  const c = n.hotlines.contacts[index];
  if (!c) throw new Error(`Không có người trực thứ ${index + 1}.`);
  // The address's parts as the original writes them: what a map or a taxi driver reads.
  const adr = addressParts(view.notice.address.text);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    `FN:${escapeText(c.name)}`,
    `N:${structuredName(c)}`,
    `TITLE:${escapeText(c.post)}`,
    `ORG:${escapeComponent(n.issuer.fullName)}`,
    telProperty(c.phone),
    ...(c.email ? [`EMAIL;TYPE=work:${c.email}`] : []),
    // ADR: PO box; extended; street; locality; region; postal code; country.
    `ADR;TYPE=work;LABEL=${quoteParam(n.address.text)}:` +
      ['', '', adr.street, adr.locality ?? '', adr.region ?? '', '', 'Việt Nam'].map(escapeComponent).join(';'),
    `URL:${view.urls.page}`,
    `NOTE:${escapeText(`${n.hours.heading.trim().replace(/:$/, '')}: ${n.hours.text}`)}`,
    `SOURCE:${self}`,
    'END:VCARD',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
