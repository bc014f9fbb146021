/**
 * The reception days a rule gives: "the 15th of each month", "the Thursday of the second
 * week", "every working day", "every Tuesday and Friday", each moved as the notice says
 * when it falls on a day off (src/lib/calendar.ts: weekends, content/days-off/).
 */
import { addDays, daysInMonth, isoOf, isWorkingDay, nextWorkingDay, weekdayIndex, weekendsOnly, type WorkCalendar } from '../../lib/calendar.ts';
import type { WEEKDAYS } from '../../schema/parts.ts';

export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_CODES: readonly Weekday[] = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

export type DayOffRule = 'next-working-day' | 'previous-working-day' | 'skip';

export interface DayRule {
  rule: 'month-day' | 'weekday-of-month' | 'working-days' | 'weekdays';
  day?: number;
  week?: number;
  weekday?: Weekday;
  weekdays?: Weekday[];
  ifDayOff?: DayOffRule;
}

export interface ReceptionDay {
  iso: string;
  /** The day the rule gave, when it was a day off and the day was moved. */
  movedFrom?: string;
}

/** The day the rule names in a month, before any move; null when that month has none (a 31st in April). */
function dayInMonth(r: DayRule, year: number, month: number): string | null {
  if (r.rule === 'month-day') return r.day! <= daysInMonth(year, month) ? isoOf(year, month, r.day!) : null;
  // The n-th such weekday of the month ("thứ Năm của tuần thứ hai": the second Thursday).
  const first = isoOf(year, month, 1);
  const offset = (WEEKDAY_CODES.indexOf(r.weekday!) - weekdayIndex(first) + 7) % 7;
  const day = 1 + offset + (r.week! - 1) * 7;
  return day <= daysInMonth(year, month) ? isoOf(year, month, day) : null;
}

/**
 * Every reception day of the rule from `from` to `until` (ISO days, both included), in
 * order. A day that falls on a day off is moved (or skipped) as `ifDayOff` says; a moved
 * day outside the period is dropped.
 */
export function receptionDays(r: DayRule, from: string, until: string, cal: WorkCalendar): ReceptionDay[] {
  const out: ReceptionDay[] = [];
  if (until < from) return out;
  if (r.rule === 'working-days' || r.rule === 'weekdays') {
    const wanted = new Set((r.rule === 'weekdays' ? r.weekdays! : WEEKDAY_CODES.slice(0, 5)).map((d) => WEEKDAY_CODES.indexOf(d)));
    for (let d = from; d <= until; d = addDays(d, 1)) if (wanted.has(weekdayIndex(d)) && isWorkingDay(cal, d)) out.push({ iso: d });
    return out;
  }
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  // One month before and after: a day moved across the month's edge may still fall in the period.
  month -= 1;
  if (month === 0) [year, month] = [year - 1, 12];
  const lastMonth = Number(until.slice(0, 4)) * 12 + Number(until.slice(5, 7)) + 1;
  for (; year * 12 + month <= lastMonth; month === 12 ? ([year, month] = [year + 1, 1]) : (month += 1)) {
    const given = dayInMonth(r, year, month);
    if (!given) continue;
    let day: ReceptionDay | null = { iso: given };
    if (!isWorkingDay(cal, given)) {
      const how = r.ifDayOff ?? 'skip';
      day = how === 'skip' ? null : { iso: nextWorkingDay(cal, given, how === 'next-working-day' ? 1 : -1), movedFrom: given };
    }
    if (day && day.iso >= from && day.iso <= until && out.at(-1)?.iso !== day.iso) out.push(day);
  }
  return out;
}

/** The next `count` reception days from the calendar's today (today included), within the period. */
export function upcomingDays(r: DayRule, from: string, until: string, cal: WorkCalendar, count: number): ReceptionDay[] {
  const start = cal.today > from ? cal.today : from;
  if (start > until) return [];
  const out: ReceptionDay[] = [];
  // Month by month, so "every working day" over a year is not listed in full for three days.
  for (let a = start; a <= until && out.length < count; a = addDays(a, 62)) {
    const b = addDays(a, 61) < until ? addDays(a, 61) : until;
    for (const d of receptionDays(r, a, b, cal)) if (out.length < count && !out.some((o) => o.iso === d.iso)) out.push(d);
  }
  return out;
}

/** Whether the rule gives any day in the period at all, weekends aside (a check on the file alone, without the days off). */
export function happensIn(r: DayRule, from: string, until: string): boolean {
  return receptionDays({ ...r, ifDayOff: 'skip' }, from, until, { ...weekendsOnly(from), workingDays: new Set(everyWeekend(from, until)) }).length > 0;
}

/** Every Saturday and Sunday of the period, as if worked: for `happensIn`, only the calendar's shape matters. */
function everyWeekend(from: string, until: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= until; d = addDays(d, 1)) if (weekdayIndex(d) >= 5) out.push(d);
  return out;
}
