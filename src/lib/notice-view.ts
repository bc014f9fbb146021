/**
 * Everything a page shows that is derived from a notice rather than written in it.
 * Kept here, away from the templates, so tests can check it without rendering.
 */
import type { Notice } from '../schema/notice.ts';
import { parseNoticeDate, formatDecreeDate, formatShortDate, isoDate, sortKey, type NoticeDate } from './dates.ts';

export function noticeDate(n: Notice): NoticeDate {
  const d = parseNoticeDate(n.date);
  // The schema has already refused impossible dates; this guards the type only.
  if (!d) throw new Error(`Ngày không hợp lệ: ${n.date}`);
  return d;
}

/** Decree 30 numbers below 10 take a leading zero: "05". */
export function formatSequence(seq: number): string {
  return String(seq).padStart(2, '0');
}

/** "Số: 05/TB-NV", or for an unregistered draft the blank the clerk fills by hand. */
export function numberLine(n: Notice, blank = '\u2003\u2003'): string {
  const seq = n.number.sequence == null ? blank : formatSequence(n.number.sequence);
  return `Số: ${seq}/${n.number.symbol}`;
}

/** "Hải Phòng, ngày 05 tháng 02 năm 2026" (a draft keeps the day blank). */
export function placeDateLine(n: Notice, blank?: string): string {
  return `${n.place}, ${formatDecreeDate(noticeDate(n), blank)}`;
}

export function shortDate(n: Notice): string {
  return formatShortDate(noticeDate(n));
}

export function isoNoticeDate(n: Notice): string {
  return isoDate(noticeDate(n));
}

export function isDraft(n: Notice): boolean {
  return n.number.sequence == null || noticeDate(n).day === null;
}

/** Newest first; ties broken by subject so the order never depends on the file system. */
export function byNewest<T extends { data: Notice }>(a: T, b: T): number {
  return sortKey(noticeDate(b.data)) - sortKey(noticeDate(a.data)) || a.data.subject.localeCompare(b.data.subject, 'vi');
}

/** The numbered sections in the order the notice prints them ("1.", "2.", …). */
export type SectionKey = 'hotlines' | 'facebook' | 'hours' | 'address' | 'responsibilities';
export function sectionNumbers(n: Notice): Partial<Record<SectionKey, number>> {
  const order: SectionKey[] = ['hotlines', 'facebook', 'hours', 'address', 'responsibilities'];
  const out: Partial<Record<SectionKey, number>> = {};
  let i = 0;
  for (const key of order) if (n[key]) out[key] = ++i;
  return out;
}

/** A map link that needs no script and sends nothing until the resident taps it. */
export function mapHref(address: Notice['address']): string {
  const c = address.coordinates;
  if (c) return `https://www.openstreetmap.org/?mlat=${c.lat}&mlon=${c.lon}#map=18/${c.lat}/${c.lon}`;
  const query = address.text.replace(/\.$/, '');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** mailto: with the subject filled in, so the agency knows which notice a message answers. */
export function mailtoHref(email: string, n: Notice): string {
  const subject = `Phản ánh, kiến nghị theo thông báo: ${n.subject}`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

/** Recipients as printed: "- X;" each, the archive line last with a full stop. */
export function recipientLines(n: Notice): string[] {
  return [...n.recipients.map((r) => `${r};`), `Lưu: ${n.archive}.`];
}
