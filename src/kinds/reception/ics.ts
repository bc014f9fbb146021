/**
 * The upcoming reception days as an iCalendar file (RFC 5545), for a phone's calendar:
 * one event per day and period of the day, in Vietnam's time (a VTIMEZONE for
 * Asia/Ho_Chi_Minh, UTC+7 all year). Deterministic: its stamp is the build's day, its
 * UIDs come from the notice and the day, so two builds give the same bytes.
 */

export interface CalendarSession {
  title: string;
  hours: { opens: string; closes: string }[];
  /** ISO days. */
  days: string[];
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 3.1: lines of at most 75 octets, continued with a space (never inside a UTF-8 character). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    if (bytes + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const local = (iso: string, clock: string) => `${iso.replace(/-/g, '')}T${clock.replace(':', '')}00`;

export function calendarFile(c: { uidBase: string; name: string; location: string; stamp: string; sessions: CalendarSession[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//thong-bao//lich-tiep-cong-dan//VI',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escape(c.name)}`,
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Ho_Chi_Minh',
    'BEGIN:STANDARD',
    'DTSTART:19750613T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:ICT',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const stamp = `${c.stamp.replace(/-/g, '')}T000000Z`;
  c.sessions.forEach((s, si) => {
    for (const day of s.days) {
      s.hours.forEach((h, hi) => {
        lines.push(
          'BEGIN:VEVENT',
          `UID:${escape(`${c.uidBase}-${si + 1}-${day}-${hi + 1}`.replace(/[^A-Za-z0-9-]/g, '-'))}@thong-bao`,
          `DTSTAMP:${stamp}`,
          `DTSTART;TZID=Asia/Ho_Chi_Minh:${local(day, h.opens)}`,
          `DTEND;TZID=Asia/Ho_Chi_Minh:${local(day, h.closes)}`,
          `SUMMARY:${escape(s.title)}`,
          `LOCATION:${escape(c.location)}`,
          'END:VEVENT',
        );
      });
    }
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
