/**
 * The days and hours in words: what the page says of a rule ("Ngày 15 hằng tháng…"), and
 * where the sentence the document prints says another day or hour than the data beside
 * it, as far as the words can be read: a day of the month ("ngày 20"), a weekday ("thứ
 * Năm"), a time of day ("8 giờ 30", "8h30", "08:30").
 */
import type { Translate } from '../../i18n/index.ts';
import { WEEKDAY_CODES, type DayRule, type Weekday } from './days.ts';

const VI_WEEKDAYS: Record<string, number> = { 'thứ hai': 0, 'thứ ba': 1, 'thứ tư': 2, 'thứ năm': 3, 'thứ sáu': 4, 'thứ bảy': 5, 'chủ nhật': 6 };

const clock = (h: string, m?: string) => `${h.padStart(2, '0')}:${(m ?? '00').padStart(2, '0')}`;

/** The times of day a Vietnamese sentence names: "7 giờ 30", "7h30", "07:30", "11 giờ". */
export function timesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\d:])(\d{1,2})\s*(?:giờ|h(?!\p{L})|:)\s*(\d{2})?(?!\d)(?:\s*phút)?/giu)) {
    const h = Number(m[1]);
    if (h > 23 || (m[2] !== undefined && Number(m[2]) > 59)) continue;
    out.push(clock(m[1]!, m[2]));
  }
  return out;
}

/** Where `text` says a day or hour the data does not have; messages in Vietnamese. */
export function contradictions(text: string, days: DayRule, hours: { opens: string; closes: string }[]): string[] {
  const out: string[] = [];
  const lower = text.toLocaleLowerCase('vi');
  if (days.rule === 'month-day') {
    const said = [...lower.matchAll(/ngày\s+(\d{1,2})(?!\s*[/.-]\d)/gu)].map((m) => Number(m[1]));
    const other = said.find((d) => d !== days.day);
    if (other !== undefined && !said.includes(days.day!)) {
      out.push(`Câu văn ghi "ngày ${other}" nhưng dữ liệu ghi ngày ${days.day} ("day: ${days.day}"). Hãy sửa cho khớp với văn bản.`);
    }
  }
  const wanted = days.rule === 'weekday-of-month' ? [WEEKDAY_CODES.indexOf(days.weekday!)] : days.rule === 'weekdays' ? days.weekdays!.map((d) => WEEKDAY_CODES.indexOf(d)) : null;
  if (wanted) {
    // "tuần thứ hai" is the second week, not a Monday.
    const said = Object.entries(VI_WEEKDAYS).filter(([w]) => new RegExp(`(?<!tuần\\s)${w}`, 'u').test(lower)).map(([, i]) => i);
    const stray = said.find((i) => !wanted.includes(i));
    if (said.length && stray !== undefined) {
      const name = Object.keys(VI_WEEKDAYS).find((w) => VI_WEEKDAYS[w] === stray)!;
      out.push(`Câu văn ghi "${name}" nhưng dữ liệu không có ngày này ("${days.rule === 'weekdays' ? 'weekdays' : 'weekday'}"). Hãy sửa cho khớp với văn bản.`);
    }
  }
  const known = new Set(hours.flatMap((h) => [h.opens, h.closes]));
  const stray = timesIn(text).find((c) => !known.has(c));
  if (stray) out.push(`Câu văn ghi giờ ${stray} nhưng các khung giờ ("hours") không có giờ này. Hãy sửa cho khớp với văn bản.`);
  return out;
}

/** "Ngày 15 hằng tháng; trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp", in the page's language. */
export function ruleInWords(d: DayRule, t: Translate): string {
  const weekdayName = (w: Weekday) => t(`weekday.${w}`);
  const base =
    d.rule === 'month-day'
      ? t('reception.rule.monthDay', { day: String(d.day) })
      : d.rule === 'weekday-of-month'
        ? t('reception.rule.weekdayOfMonth', { weekday: weekdayName(d.weekday!), week: String(d.week) })
        : d.rule === 'working-days'
          ? t('reception.rule.workingDays')
          : t('reception.rule.weekdays', { weekdays: d.weekdays!.map(weekdayName).join(', ') });
  return d.ifDayOff ? `${base}; ${t(`reception.ifDayOff.${d.ifDayOff}`)}` : base;
}
