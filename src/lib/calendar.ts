/**
 * Days as a state agency in Việt Nam works them: Monday to Friday, except the official days
 * off (Tết and the other public holidays, with the days the government moves), and the
 * Saturdays it sets as working days in exchange. The days off of each year are content
 * (content/days-off/<năm>.yaml, src/schema/days-off.ts); this is the arithmetic on them.
 * Days are ISO texts ("2026-02-17"), in Vietnam's time, never Date objects with a zone.
 */

/** The official calendar of the years the content has a days-off file for. */
export interface WorkCalendar {
  /** The day of the build, in Vietnam ("2026-02-01"): what "upcoming" counts from. */
  today: string;
  /** Days off by date, with their names ("Tết Nguyên đán"). */
  daysOff: ReadonlyMap<string, string>;
  /** Saturdays and Sundays set as working days (làm bù). */
  workingDays: ReadonlySet<string>;
  /** The years that have a days-off file: outside them only weekends are known. */
  years: ReadonlySet<number>;
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/**
 * The build's day in Vietnam: from SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) when set, so two builds and the tests agree; otherwise the clock's (always in
 * the staff form's preview, which runs in the browser).
 */
export function buildDay(env: Record<string, string | undefined> = globalThis.process?.env ?? {}, now = () => Date.now()): string {
  const s = env.SOURCE_DATE_EPOCH;
  const ms = s && /^\d+$/.test(s) ? Number(s) * 1000 : now();
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** A calendar that knows only weekends (no days-off file at all). */
export const weekendsOnly = (today: string): WorkCalendar => ({ today, daysOff: new Map(), workingDays: new Set(), years: new Set() });

const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const isoOf = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The day `n` days after `iso` (before, when negative). */
export const addDays = (iso: string, n: number) => fromUtc(utc(iso) + n * 86_400_000);

/** 0 = Monday … 6 = Sunday (the order of WEEKDAYS, src/schema/parts.ts). */
export const weekdayIndex = (iso: string) => (new Date(utc(iso)).getUTCDay() + 6) % 7;

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether staff work that day: a weekday that is no day off, or a Saturday or Sunday set as a working day. */
export function isWorkingDay(cal: WorkCalendar, iso: string): boolean {
  if (cal.workingDays.has(iso)) return true;
  return weekdayIndex(iso) < 5 && !cal.daysOff.has(iso);
}

/** The first working day after `iso` (`step` 1) or before it (`step` -1). */
export function nextWorkingDay(cal: WorkCalendar, iso: string, step: 1 | -1): string {
  let d = addDays(iso, step);
  // A run of days off is never longer than a few weeks; the bound keeps a broken file from looping.
  for (let i = 0; i < 60 && !isWorkingDay(cal, d); i++) d = addDays(d, step);
  return d;
}

/** The years from `from` to `until` (ISO days), both included. */
export function yearsBetween(from: string, until: string): number[] {
  const out: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(until.slice(0, 4)); y++) out.push(y);
  return out;
}

/** The calendar of the days-off files (content/days-off/, src/schema/days-off.ts) on the build's day. */
export function workCalendar(
  files: readonly { year: number; daysOff: readonly { date: string; name: string }[]; workingDays?: readonly { date: string }[] | undefined }[],
  today: string,
): WorkCalendar {
  return {
    today,
    daysOff: new Map(files.flatMap((f) => f.daysOff.map((d) => [d.date, d.name] as const))),
    workingDays: new Set(files.flatMap((f) => (f.workingDays ?? []).map((d) => d.date))),
    years: new Set(files.map((f) => f.year)),
  };
}
