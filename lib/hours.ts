/**
 * Is a service open at a given instant? Worked out in the service's own time zone, so a
 * person in New York or Sydney is told the truth about a UK helpline, and so the two UK
 * clock changes a year need no special case.
 */
import type { Period, TimeZone, Weekday } from '@/data/types';
import { dayKind, type HolidayName, isoDate } from './holidays';
import type { PackHours } from './pack';

export type OpenStatus =
  | { state: 'always' }
  | { state: 'unknown' }
  /**
   * `changesAt` is the instant it closes (when open) or next opens (when closed). A closed
   * line whose next usual opening falls on a public holiday says so: its hours may differ.
   */
  | { state: 'open'; changesAt: Date; timeZone: TimeZone }
  | { state: 'closed'; changesAt: Date; timeZone: TimeZone; opensOnHoliday?: HolidayName }
  /**
   * Today is a public holiday where the service works (with the words that name it), or today or
   * the next opening day is past the holiday table: no official page gives the hours then,
   * so neither "open" nor "closed".
   */
  | { state: 'holiday'; timeZone: TimeZone; holiday: HolidayName }
  | { state: 'unknown-day'; timeZone: TimeZone }
  /** A weekly schedule with no periods: never open. */
  | { state: 'never' };

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const WEEKDAYS: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

interface WallTime {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  minutes: number;
}

/**
 * One value per key, made on first use. Making an Intl formatter costs far more than using
 * one, and a page formats dozens of times in its first render.
 */
function cachedBy<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

const formatterFor = cachedBy(
  (timeZone) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
    }),
);

/** The wall clock in a zone at an instant. */
export function wallTime(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/**
 * The instant a wall-clock time happens in a zone. Refined twice because the zone's
 * offset at the first guess may differ from the offset at the answer (near a clock change).
 */
export function zonedInstant(
  date: { year: number; month: number; day: number },
  minutes: number,
  timeZone: string,
): Date {
  const target = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  let guess = target;
  for (let i = 0; i < 2; i++) {
    const seen = wallTime(new Date(guess), timeZone);
    const seenUtc = Date.UTC(seen.year, seen.month - 1, seen.day, 0, seen.minutes);
    guess += target - seenUtc;
  }
  return new Date(guess);
}

export function parseClock(clock: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) throw new Error(`Not an HH:MM time: ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes from Monday 00:00 at which each period opens and closes. */
function weekRanges(periods: readonly Period[]): { open: number; close: number }[] {
  return periods.map((period) => {
    const start = (period.day - 1) * MINUTES_PER_DAY;
    return { open: start + parseClock(period.open), close: start + parseClock(period.close) };
  });
}

export function openStatus(hours: PackHours, instant: Date): OpenStatus {
  if (hours.kind === 'always') return { state: 'always' };
  if (hours.kind === 'unknown') return { state: 'unknown' };
  const ranges = weekRanges(hours.periods);
  if (ranges.length === 0) return { state: 'never' };

  const { timeZone } = hours;
  const now = wallTime(instant, timeZone);
  const today = dayKind(hours.holidays, isoDate(now));
  if (today.kind === 'holiday') return { state: 'holiday', timeZone, holiday: today.name };
  if (today.kind === 'unknown') return { state: 'unknown-day', timeZone };
  const nowInWeek = (now.weekday - 1) * MINUTES_PER_DAY + now.minutes;
  const current = ranges.find((range) => range.open <= nowInWeek && nowInWeek < range.close);

  // How far ahead (in wall-clock minutes) the next change is, wrapping past Sunday night.
  const ahead = (weekMinute: number): number =>
    (weekMinute - nowInWeek + MINUTES_PER_WEEK) % MINUTES_PER_WEEK || MINUTES_PER_WEEK;
  const target = current
    ? current.close - nowInWeek
    : Math.min(...ranges.map((range) => ahead(range.open)));

  // Count whole days forward on the wall calendar, then find that wall time's instant.
  const targetMinutes = now.minutes + target;
  const dayOffset = Math.floor(targetMinutes / MINUTES_PER_DAY);
  const calendar = new Date(Date.UTC(now.year, now.month - 1, now.day + dayOffset));
  const day = { year: calendar.getUTCFullYear(), month: calendar.getUTCMonth() + 1, day: calendar.getUTCDate() };
  const changesAt = zonedInstant(day, targetMinutes - dayOffset * MINUTES_PER_DAY, timeZone);
  if (current) return { state: 'open', changesAt, timeZone };
  const opensOn = dayKind(hours.holidays, isoDate(day));
  if (opensOn.kind === 'unknown') return { state: 'unknown-day', timeZone };
  return { state: 'closed', changesAt, timeZone, ...(opensOn.kind === 'holiday' ? { opensOnHoliday: opensOn.name } : {}) };
}

/** Days with the same periods, grouped in runs ("Monday to Thursday, 9am to 9pm"). */
export interface DayRun {
  from: Weekday;
  to: Weekday;
  periods: { open: string; close: string }[];
}

export function weeklyRuns(periods: readonly Period[]): DayRun[] {
  const runs: DayRun[] = [];
  for (let number = 1; number <= 7; number++) {
    const day = number as Weekday;
    const today = periods
      .filter((period) => period.day === day)
      .map(({ open, close }) => ({ open, close }));
    if (today.length === 0) continue;
    const last = runs.at(-1);
    if (last && last.to === day - 1 && JSON.stringify(last.periods) === JSON.stringify(today)) {
      last.to = day;
    } else {
      runs.push({ from: day, to: day, periods: today });
    }
  }
  return runs;
}
