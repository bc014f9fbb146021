/**
 * Phone numbers: the notice keeps the number exactly as printed ("0934.336.639");
 * links are derived from it. libphonenumber-js (with full metadata, used only at build
 * time) decides what a valid Vietnamese number is, so we never maintain prefix tables.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Separators people print between digit groups. Anything else makes the number invalid. */
const SEPARATORS = /[\s.\-()]/g;

/** Short service numbers (1022, 113, 18001567) are dialled as written, never in E.164. */
const SHORT_NUMBER = /^(1\d{2,3}|1[89]00\d{4,6})$/;

function digitsOf(display: string): string | null {
  const compact = display.replace(SEPARATORS, '');
  return /^\+?\d+$/.test(compact) ? compact : null;
}

export function isShortNumber(display: string): boolean {
  const d = digitsOf(display);
  return d !== null && SHORT_NUMBER.test(d);
}

export function isValidDisplayPhone(display: string): boolean {
  return telHref(display) !== null;
}

/**
 * The `tel:` link for a printed number: E.164 for ordinary numbers
 * (`tel:+84934336639`), the digits as dialled for short service numbers (`tel:1022`),
 * or null when the text is not a valid Vietnamese (or international) number.
 */
export function telHref(display: string): string | null {
  // Memoised: every notice is rendered as a page, a print preview, vCards and JSON-LD,
  // each asking for the same few numbers, and libphonenumber's parse is the costly part
  // (0.25 s CPU of the Astro stage at N = 1000 before this cache).
  if (telCache.has(display)) return telCache.get(display)!;
  const href = telHrefUncached(display);
  telCache.set(display, href);
  return href;
}
/** Printed number → its link. Bounded by the distinct numbers in the notices. */
const telCache = new Map<string, string | null>();

function telHrefUncached(display: string): string | null {
  const d = digitsOf(display);
  if (d === null) return null;
  if (SHORT_NUMBER.test(d)) return `tel:${d}`;
  const parsed = parsePhoneNumberFromString(d, 'VN');
  if (!parsed || !parsed.isValid()) return null;
  return `tel:${parsed.number}`;
}

/** The E.164 form ("+84934336639"), for vCards and structured data. */
export function e164(display: string): string | null {
  const href = telHref(display);
  return href && href.startsWith('tel:+') ? href.slice(4) : null;
}
