/**
 * Dates as Decree 30/2020/NĐ-CP writes them: "ngày 05 tháng 02 năm 2026".
 * Days 1–9 and months 1–2 take a leading zero (so "tháng 01" cannot be misread as
 * "tháng 10"–"tháng 12"); other months are written without one ("tháng 6").
 */

export interface NoticeDate {
  year: number;
  month: number;
  /** null while the day is not fixed (an unregistered draft). */
  day: number | null;
}

/** Parses `YYYY-MM-DD` or `YYYY-MM`; null when the text is not a real calendar date. */
export function parseNoticeDate(value: string): NoticeDate | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1945 || year > 2100 || month < 1 || month > 12) return null;
  if (day !== null) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

export function decreeDay(day: number): string {
  return String(day).padStart(2, '0');
}

export function decreeMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/**
 * "ngày 05 tháng 02 năm 2026"; for a draft without a day, the blank is kept
 * (`blank` is what stands in the day's place, so print can use wider space).
 */
export function formatDecreeDate(date: NoticeDate, blank = '\u2002\u2002\u2002'): string {
  const day = date.day === null ? blank : decreeDay(date.day);
  return `ngày ${day} tháng ${decreeMonth(date.month)} năm ${date.year}`;
}

/** Short form for lists: "05/02/2026", or "tháng 5/2026" when the day is not fixed. */
export function formatShortDate(date: NoticeDate): string {
  if (date.day === null) return `tháng ${date.month}/${date.year}`;
  return `${decreeDay(date.day)}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

/** ISO form for <time datetime> and feeds: "2026-05-15" or "2026-05". */
export function isoDate(date: NoticeDate): string {
  const mm = String(date.month).padStart(2, '0');
  return date.day === null ? `${date.year}-${mm}` : `${date.year}-${mm}-${decreeDay(date.day)}`;
}

/** Sort key: newest first; a month-only date sorts as the end of its month. */
export function sortKey(date: NoticeDate): number {
  return date.year * 10000 + date.month * 100 + (date.day ?? 99);
}

/**
 * A date as another language writes it, from Intl (so a new language needs no code, only
 * the locale of its strings file): "10 April 2026" (en-GB); "May 2026" while the day is
 * not fixed.
 * Vietnamese keeps the decree's forms above.
 */
export function formatLocalDate(date: NoticeDate, locale: string): string {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
  return localDateFormat(locale, date.day !== null).format(utc);
}

/** One formatter per locale and form: creating an Intl.DateTimeFormat costs ≈ 0.1 ms, a build asks thousands of times. */
const localDateFormats = new Map<string, Intl.DateTimeFormat>();
function localDateFormat(locale: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withDay}`;
  let f = localDateFormats.get(key);
  if (!f) {
    const parts: Intl.DateTimeFormatOptions = withDay ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
    f = new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' });
    localDateFormats.set(key, f);
  }
  return f;
}

/** Vietnam has one time zone and no summer time: UTC+7. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;
const two = (n: number) => String(n).padStart(2, '0');

/** A moment as staff and residents write it, in Vietnam time: "08:00 ngày 15/05/2026". */
export function formatVietnamTime(d: Date): string {
  const t = new Date(d.getTime() + VIETNAM_OFFSET_MS);
  return `${two(t.getUTCHours())}:${two(t.getUTCMinutes())} ngày ${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

/** The same moment for <time datetime>, with Vietnam's offset: "2026-05-15T08:00:00+07:00". */
export function vietnamIso(d: Date): string {
  const t = new Date(d.getTime() + VIETNAM_OFFSET_MS);
  return `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}T${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}+07:00`;
}
