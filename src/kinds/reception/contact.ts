/**
 * What a citizen-reception schedule offers residents: first, how to meet the agency in
 * person (the next reception days of each kind of reception, moved as the notice says, the
 * hours, the place, what to bring, a calendar file), then the numbers to call to register
 * in advance. A schedule that offers nothing (replaced, or a draft pending) or whose period
 * has ended offers no day.
 */
import { addressView, phoneView, type ContactView, type ReachView, type ReceptionDayView, type ReceptionSessionView } from '../contact.ts';
import type { ContactContext } from '../kind.ts';
import type { Translate } from '../../i18n/index.ts';
import { addDays, isWorkingDay, type WorkCalendar } from '../../lib/calendar.ts';
import { upcomingDays, type DayRule, type ReceptionDay } from './days.ts';
import { ruleInWords } from './wording.ts';
import { calendarFile } from './ics.ts';
import type { ReceptionNotice } from './schema.ts';

/** How many days the page offers for each kind of reception, and the calendar file. */
export const PAGE_DAYS = 3;
export const CALENDAR_DAYS = 12;

const utcDate = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

/** "Thứ Hai, 23/02/2026" in Vietnamese, "Monday, 23/02/2026" in English: as the page's locale writes a day. */
export function dayText(iso: string, t: Translate): string {
  return new Intl.DateTimeFormat(t('lang.locale'), { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(utcDate(iso));
}

const shortDay = (iso: string, t: Translate) =>
  new Intl.DateTimeFormat(t('lang.locale'), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(utcDate(iso));

/**
 * Why a day moved: every day off from the day the rule gives up to the day it moved to, each
 * said once ("ngày nghỉ cuối tuần, Tết Nguyên đán"), so that a Sunday before Tết does not
 * read as moved a week for a weekend. A holiday of several days is named once, without the
 * name of each of its days ("mùng 1 Tết"), unless it is the only day passed.
 */
function movedReason(from: string, to: string, t: Translate, cal: WorkCalendar): string {
  const passed: string[] = [];
  for (let day = from; day !== to; day = addDays(day, to > from ? 1 : -1)) {
    if (!isWorkingDay(cal, day)) passed.push(cal.daysOff.get(day) ?? t('reception.weekend'));
  }
  const names = passed.length === 1 ? passed : passed.map((name) => name.replace(/\s*\(.*\)$/, ''));
  return [...new Set(names)].join(', ');
}

function dayView(d: ReceptionDay, t: Translate, cal: WorkCalendar): ReceptionDayView {
  return {
    iso: d.iso,
    text: dayText(d.iso, t),
    ...(d.movedFrom ? { movedFrom: { iso: d.movedFrom, text: dayText(d.movedFrom, t), reason: movedReason(d.movedFrom, d.iso, t, cal) } } : {}),
  };
}

/** Whether the schedule's days are over, by the build's day. */
export const hasEnded = (n: ReceptionNotice, cal: WorkCalendar) => n.period.until < cal.today;

export function receptionContact(n: ReceptionNotice, original: ReceptionNotice, c: ContactContext): ReachView {
  const { t, offers, mailto, vcardPath, calendar: cal } = c;
  const ended = hasEnded(original, cal);
  const offered = offers && !ended;
  const session = (key: 'headReception' | 'regularReception'): ReceptionSessionView => {
    const r = n[key];
    const days = offered ? upcomingDays(original[key].days as DayRule, original.period.from, original.period.until, cal, PAGE_DAYS) : [];
    return {
      title: r.heading,
      who: r.who,
      rule: ruleInWords(original[key].days as DayRule, t),
      hours: original[key].hours,
      upcoming: days.map((d) => dayView(d, t, cal)),
    };
  };
  const sessions = [session('headReception'), session('regularReception')];
  const contacts = (offers ? n.registration.phones : []).map((p, i): ContactView => ({
    person: p.who,
    personInSentence: p.who,
    name: p.who,
    // An office, not a person: the vCard's N is its name as one word.
    nameParts: { family: '', given: p.who, middle: '', prefix: '' },
    post: n.registration.heading,
    // The schema refuses a number without a link.
    ...phoneView(p.phone)!,
    ...(i === 0 && n.registration.email ? { email: { address: n.registration.email, mailto: mailto(n.registration.email) } } : {}),
    vcardPath: vcardPath(i),
  }));
  const regular = original.regularReception;
  const weekly = regular.days.rule === 'working-days' ? (['Mo', 'Tu', 'We', 'Th', 'Fr'] as const) : regular.days.rule === 'weekdays' ? regular.days.weekdays! : null;
  const forCalendar = offered
    ? (['headReception', 'regularReception'] as const).map((key) => ({
        title: `${n[key].heading}: ${n[key].who}`,
        hours: original[key].hours,
        days: upcomingDays(original[key].days as DayRule, original.period.from, original.period.until, cal, CALENDAR_DAYS).map((d) => d.iso),
      }))
    : [];
  const path = `${c.folder}lich-tiep-cong-dan.ics`;
  return {
    purpose: n.registration.heading,
    contacts,
    address: addressView(n.location.heading, n.location.text, { text: original.location.address, ...(original.location.coordinates ? { coordinates: original.location.coordinates } : {}) }),
    hours: {
      heading: n.regularReception.heading,
      text: n.regularReception.text,
      ...(weekly ? { schedule: regular.hours.map((h) => ({ days: [...weekly], opens: h.opens, closes: h.closes })) } : {}),
    },
    reception: {
      sessions,
      none: ended ? 'ended' : offers ? null : 'not-offered',
      period: `${shortDay(original.period.from, t)} – ${shortDay(original.period.until, t)}`,
      ...(n.location.room ? { room: n.location.room } : {}),
      bring: n.rules.items,
      ...(forCalendar.some((s) => s.days.length)
        ? { calendar: { path, text: calendarFile({ uidBase: `${c.folder}${original.number.symbol}`, name: n.subject, location: `${n.location.room ? `${n.location.room}, ` : ''}${original.location.address}`, stamp: cal.today, sessions: forCalendar }) } }
        : {}),
    },
  };
}
