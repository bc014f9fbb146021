/**
 * "Lưu vào danh bạ": one vCard 4.0 (RFC 6350) per hotline, written at build time from the
 * validated notice. Small enough to write here rather than pull a library in: the parts
 * that matter are escaping (§3.4), folding at 75 octets without splitting a UTF-8
 * character (§3.2) and CRLF line ends. Tests parse the output with ical.js.
 */
import type { ContactView, NoticeView } from '../model/notice.ts';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 6350 §3.4): backslash, comma and line breaks. A semicolon is
 * plain text here; it is escaped only inside structured values (see `escapeComponent`),
 * and strict parsers such as ical.js read "\\;" in FN or TITLE as a literal backslash.
 */
export function escapeText(value: string): string {
  // Most values have nothing to escape: three passes over each would be most of a vCard's cost.
  if (!/[\\,\r\n]/.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Escapes one component of a structured value (N, ADR, ORG), where ";" separates components. */
export function escapeComponent(value: string): string {
  const text = escapeText(value);
  return text.includes(';') ? text.replace(/;/g, '\\;') : text;
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
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  // Each physical line as a slice of `line`, not built a letter at a time.
  const out: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    // UTF-8 octets of the code point (as Buffer.byteLength gives; a lone surrogate counts 3, as there).
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > MAX_OCTETS) {
      out.push(line.slice(start, i));
      start = i;
      // The continuation's leading space counts.
      octets = 1;
    }
    octets += size;
    i += cp > 0xffff ? 2 : 1;
  }
  out.push(line.slice(start));
  return out.join(`${CRLF} `);
}

/**
 * N: family;given;additional;prefix;suffix. A Vietnamese name is family name first and
 * given name last ("Đỗ Quang Minh": họ Đỗ, tên đệm Quang, tên Minh), which is how
 * contacts then sort. FN keeps the name exactly as the notice writes it.
 */
function structuredName(c: ContactView): string {
  const { family, given, middle, prefix } = c.nameParts;
  return [family, given, middle, prefix, ''].map(escapeComponent).join(';');
}

/** The TEL property: a tel: URI in E.164, or a short service number as text (it has no E.164 form). */
function telProperty(c: ContactView): string {
  if (c.e164 === null) return `TEL;TYPE=work,voice:${escapeText(c.phone.replace(/[\s.\-()]/g, ''))}`;
  const types = ['work', 'voice', ...(c.mobile ? ['cell'] : [])];
  return `TEL;VALUE=uri;TYPE=${types.join(',')}:tel:${c.e164}`;
}

/**
 * The vCard for the person at `index` in the notice's contact view, in the view's language (the
 * post, the agency and the hours of a translation; the name, number and address parts
 * always the original's). `self` is this vCard's own absolute address, so a client can
 * refresh it (SOURCE).
 */
export function contactVCard(view: NoticeView, index: number, self: string): string {
  const n = view.localized;
  const c = view.contacts[index];
  if (!c) throw new Error(`Không có người trực thứ ${index + 1}.`);
  // The address's parts as the original writes them: what a map or a taxi driver reads.
  const adr = view.address.parts;
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    `FN:${escapeText(c.name)}`,
    `N:${structuredName(c)}`,
    // A post the translation lacks is the original's, in Vietnamese: said so (RFC 6350, LANGUAGE).
    `TITLE${view.untranslated.includes(c.post) ? ';LANGUAGE=vi' : ''}:${escapeText(c.post)}`,
    `ORG:${escapeComponent(n.issuer.fullName)}`,
    telProperty(c),
    ...(c.email ? [`EMAIL;TYPE=work:${c.email.address}`] : []),
    // ADR: PO box; extended; street; locality; region; postal code; country.
    `ADR;TYPE=work;LABEL=${quoteParam(view.address.text)}:` +
      ['', '', adr.street, adr.locality ?? '', adr.region ?? '', '', 'Việt Nam'].map(escapeComponent).join(';'),
    `URL:${view.urls.page}`,
    `NOTE:${escapeText(`${view.hours.heading.trim().replace(/:$/, '')}: ${view.hours.text}`)}`,
    `SOURCE:${self}`,
    'END:VCARD',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
