/**
 * The citizen-reception schedule on its own: the days its rules give, moved off weekends
 * and the official days off (content/days-off/) as the notice says; none past, none on a
 * replaced or ended schedule; the calendar file read by a calendar library (ical.js); the
 * checks with their Vietnamese messages at the field; its translation put in place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import ICAL from 'ical.js';
import { reception } from './index.ts';
import { receptionDays, upcomingDays, type DayRule } from './days.ts';
import { contradictions, timesIn } from './wording.ts';
import type { ReceptionNotice } from './schema.ts';
import type { ReceptionTranslation } from './translation.ts';
import { translator } from '../../i18n/index.ts';
import { buildDay, isWorkingDay, workCalendar } from '../../lib/calendar.ts';
import { calendarWarnings, loadDaysOff } from '../../pipeline/content.ts';
import { validateSource } from '../../pipeline/validate.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = 'src/kinds/reception/examples/thu-nghiem-lich-tiep-cong-dan-2026.yaml';
const source = readFileSync(path.join(ROOT, FIXTURE), 'utf8');
const notice = parse(source) as ReceptionNotice & { translations: { en: ReceptionTranslation } };
const { daysOff } = loadDaysOff(path.join(ROOT, 'content'));
const on = (today: string) => workCalendar(daysOff, today);
const t = translator();
const ctx = (today: string, offers = true) => ({ t, offers, mailto: (e: string) => `mailto:${e}`, vcardPath: (i: number) => `v-${i}.vcf`, calendar: on(today), folder: 'thong-bao/x/' });
const check = (text: string) => validateSource(FIXTURE, new TextEncoder().encode(text));

describe('the days-off files', () => {
  it('2026 and 2027 are valid, and Tết 2026 is off', () => {
    expect(daysOff.map((d) => d.year)).toEqual([2026, 2027]);
    const cal = on('2026-01-01');
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-20', '2026-04-30', '2026-09-02']) expect(isWorkingDay(cal, d), d).toBe(false);
    expect(isWorkingDay(cal, '2026-02-23')).toBe(true);
  });

  it('the build\'s day is SOURCE_DATE_EPOCH\'s, in Vietnam', () => {
    // 31 January 2026, 17:00 UTC is already 1 February in Hải Phòng.
    expect(buildDay({ SOURCE_DATE_EPOCH: '1769878800' })).toBe('2026-02-01');
    expect(buildDay({}, () => Date.UTC(2026, 5, 30, 18))).toBe('2026-07-01');
  });
});

describe('a schedule reaching a year without its days-off file', () => {
  it('gets a Vietnamese warning at the line of its period, naming the file to add', () => {
    const text = source.replace('until: "2026-12-31"', 'until: "2028-06-30"');
    const r = check(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const file = path.join(ROOT, '.test-results', 'lich-2028.yaml');
    const warnings = calendarWarnings([{ ...r, file }], daysOff, path.join(ROOT, 'content'), () => text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.line).toBe(text.split('\n').indexOf('period:') + 1);
    expect(warnings[0]!.message).toMatch(/^Lịch áp dụng đến năm 2028 nhưng chưa có tệp ngày nghỉ của năm đó \(content\/days-off\/2028\.yaml\)/);
    // Through 2027: both years have their file.
    const covered = check(source.replace('until: "2026-12-31"', 'until: "2027-12-31"'));
    expect(covered.ok && calendarWarnings([{ ...covered, file }], daysOff, path.join(ROOT, 'content'), () => source)).toEqual([]);
  });
});

describe('reception days', () => {
  const head = notice.headReception.days as DayRule;

  it('the 15th of each month, moved to the next working day: 15 February (a Sunday, then Tết) becomes 23 February', () => {
    const days = upcomingDays(head, notice.period.from, notice.period.until, on('2026-02-01'), 3);
    expect(days).toEqual([
      { iso: '2026-02-23', movedFrom: '2026-02-15' },
      { iso: '2026-03-16', movedFrom: '2026-03-15' },
      { iso: '2026-04-15' },
    ]);
  });

  it('never a past day: counted from the build\'s day, that day included', () => {
    expect(upcomingDays(head, notice.period.from, notice.period.until, on('2026-04-15'), 1)).toEqual([{ iso: '2026-04-15' }]);
    expect(upcomingDays(head, notice.period.from, notice.period.until, on('2026-04-16'), 1)[0]!.iso).toBe('2026-05-15');
  });

  it('previous working day, and skip', () => {
    const rule = { rule: 'month-day', day: 17, ifDayOff: 'previous-working-day' } as const;
    expect(receptionDays(rule, '2026-02-01', '2026-02-28', on('2026-01-01'))).toEqual([{ iso: '2026-02-13', movedFrom: '2026-02-17' }]);
    expect(receptionDays({ ...rule, ifDayOff: 'skip' }, '2026-02-01', '2026-02-28', on('2026-01-01'))).toEqual([]);
  });

  it('the Thursday of the second week; every working day skips weekends and days off', () => {
    expect(receptionDays({ rule: 'weekday-of-month', week: 2, weekday: 'Th', ifDayOff: 'skip' }, '2026-01-01', '2026-03-31', on('2026-01-01')).map((d) => d.iso)).toEqual([
      '2026-01-08',
      '2026-02-12',
      '2026-03-12',
    ]);
    expect(receptionDays({ rule: 'working-days' }, '2026-02-12', '2026-02-24', on('2026-01-01')).map((d) => d.iso)).toEqual(['2026-02-12', '2026-02-13', '2026-02-23', '2026-02-24']);
  });

  it('none after the period, and none for a replaced schedule or one whose period has ended', () => {
    expect(upcomingDays(head, notice.period.from, notice.period.until, on('2027-01-01'), 3)).toEqual([]);
    const offered = reception.contact(notice, notice, ctx('2026-02-01')).reception!;
    expect(offered.none).toBeNull();
    expect(offered.sessions[0]!.upcoming[0]).toMatchObject({ iso: '2026-02-23', text: 'Thứ Hai, 23/02/2026', movedFrom: { iso: '2026-02-15', reason: 'ngày nghỉ cuối tuần, Tết Nguyên đán' } });
    const replaced = reception.contact(notice, notice, ctx('2026-02-01', false)).reception!;
    expect(replaced.sessions.flatMap((s) => s.upcoming)).toEqual([]);
    expect(replaced.calendar).toBeUndefined();
    const ended = reception.contact(notice, notice, ctx('2027-01-01')).reception!;
    expect(ended.none).toBe('ended');
    expect(ended.sessions.flatMap((s) => s.upcoming)).toEqual([]);
  });
});

describe('the calendar file', () => {
  it('is read by ical.js: one event per day and period, in Vietnam\'s time, at the place', () => {
    const cal = reception.contact(notice, notice, ctx('2026-02-01')).reception!.calendar!;
    expect(cal.path).toBe('thong-bao/x/lich-tiep-cong-dan.ics');
    const comp = new ICAL.Component(ICAL.parse(cal.text) as unknown[]);
    // A client learns the zone from the file's own VTIMEZONE.
    ICAL.TimezoneService.register(comp.getFirstSubcomponent('vtimezone')!);
    const events = comp.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const first = events[0]!;
    expect(first.summary).toBe(`${notice.headReception.heading}: ${notice.headReception.who}`);
    expect(first.location).toContain(notice.location.address);
    expect(first.startDate.toString()).toBe('2026-02-23T08:00:00');
    expect(first.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh');
    // 08:00 in Hải Phòng is 01:00 UTC.
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-02-23T01:00:00.000Z');
    expect(first.endDate.toString()).toBe('2026-02-23T11:30:00');
    // The head's 11 days left in 2026 (at most 12), and 12 working days of the regular reception with two periods each.
    expect(events.filter((e) => e.summary === first.summary).map((e) => e.startDate.toString().slice(0, 10))).toEqual([
      '2026-02-23', '2026-03-16', '2026-04-15', '2026-05-15', '2026-06-15', '2026-07-15', '2026-08-17', '2026-09-15', '2026-10-15', '2026-11-16', '2026-12-15',
    ]);
    expect(events).toHaveLength(11 + 12 * 2);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const line of cal.text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('the checks, in Vietnamese at the field', () => {
  const problems = (text: string) => {
    const r = check(text);
    return r.ok ? [] : r.problems.map((p) => [p.line, p.path.join('.'), p.message]);
  };

  it('the fixture is valid', () => expect(problems(source)).toEqual([]));

  it('a period that ends before it starts', () => {
    const [p] = problems(source.replace('until: "2026-12-31"', 'until: "2025-12-31"'));
    expect(p).toEqual([expect.any(Number), 'period.until', 'Ngày kết thúc ở trước ngày bắt đầu. Hãy kiểm tra lại "from" và "until".']);
  });

  it('a day of the month above 31', () => {
    const all = problems(source.replace('    day: 15\n', '    day: 32\n'));
    expect(all.find((p) => p[1] === 'headReception.days.day')?.[2]).toContain('từ 1 đến 31');
  });

  it('hours that end before they begin', () => {
    const all = problems(source.replace('closes: "11:30"', 'closes: "07:00"'));
    expect(all.find((p) => p[1] === 'headReception.hours.0.closes')?.[2]).toBe('Giờ kết thúc phải sau giờ bắt đầu. Hãy kiểm tra lại hai giờ này.');
  });

  it('a rule that never happens in the period', () => {
    const text = source.replace('  from: "2026-01-01"\n  until: "2026-12-31"', '  from: "2026-02-01"\n  until: "2026-02-28"').replace('    day: 15\n', '    day: 30\n').replace('ngày 15 hằng tháng', 'ngày 30 hằng tháng');
    const [p] = problems(text.replace(/\ntranslations:[\s\S]*$/, '\n'));
    expect(p?.[1]).toBe('headReception.days.rule');
    expect(p?.[2]).toContain('không có ngày tiếp nào trong thời gian áp dụng');
  });

  it('a text that says another day or hour than the data', () => {
    expect(contradictions('Giám đốc tiếp vào ngày 20 hằng tháng', { rule: 'month-day', day: 15, ifDayOff: 'skip' }, [{ opens: '08:00', closes: '11:30' }])[0]).toBe(
      'Câu văn ghi "ngày 20" nhưng dữ liệu ghi ngày 15 ("day: 15"). Hãy sửa cho khớp với văn bản.',
    );
    expect(contradictions('từ 8 giờ 00 đến 11 giờ', { rule: 'working-days' }, [{ opens: '08:00', closes: '11:30' }])[0]).toContain('giờ 11:00');
    expect(contradictions('thứ Năm của tuần thứ hai', { rule: 'weekday-of-month', week: 2, weekday: 'Th', ifDayOff: 'skip' }, [{ opens: '08:00', closes: '11:30' }])).toEqual([]);
    expect(contradictions('vào thứ Sáu của tuần thứ hai', { rule: 'weekday-of-month', week: 2, weekday: 'Th', ifDayOff: 'skip' }, [{ opens: '08:00', closes: '11:30' }])[0]).toContain('"thứ sáu"');
    expect(timesIn('sáng từ 7 giờ 30 đến 11h30, chiều 13:30 – 16 giờ 30 phút; ngày 15 hằng tháng')).toEqual(['07:30', '11:30', '13:30', '16:30']);
  });
});

describe('the translation', () => {
  it('puts its texts in place and keeps days, hours, address and numbers of the original', () => {
    const en = notice.translations.en;
    const { notice: merged, warnings, untranslated } = reception.translate(notice, en, 'en');
    expect(warnings).toEqual([]);
    expect([...untranslated]).toEqual([]);
    expect(merged.headReception.text).toBe(en.headReception.text);
    expect(merged.headReception.days).toEqual(notice.headReception.days);
    expect(merged.location.address).toBe(notice.location.address);
    expect(merged.registration.phones.map((p) => p.phone)).toEqual(notice.registration.phones.map((p) => p.phone));
    const reach = reception.contact(merged, notice, { ...ctx('2026-02-01'), t: translator(JSON.parse(readFileSync(path.join(ROOT, 'src/i18n/en.json'), 'utf8'))) });
    expect(reach.reception!.sessions[0]!.upcoming[0]!.text).toBe('Monday, 23/02/2026');
    expect(reach.reception!.sessions[0]!.rule).toBe('The 15th of each month; on a day off, moved to the next working day');
  });
});
