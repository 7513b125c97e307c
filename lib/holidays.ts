/**
 * Public holidays, from the days a pack carries with each line's weekly hours (made at
 * build time from date-holidays: lib/holiday-table.ts). No official page states a
 * service's hours on a holiday, so on one the pages say neither "Open now" nor "Closed now";
 * and past the table's end they vouch for no day at all.
 */
import type { HolidayCalendar } from '@/data/types';
import type { HolidayDays } from './pack';

/** A day is a holiday (of the first calendar that has it), a usual day, or one the table cannot vouch for. */
export type DayKind = { kind: 'holiday'; calendar: HolidayCalendar } | { kind: 'usual' } | { kind: 'unknown' };

export function isoDate(date: { year: number; month: number; day: number }): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** One calendar's holidays as YYYY-MM-DD (for tests and scripts; the pages use dayKind). */
export function holidayDates(days: HolidayDays, calendar: HolidayCalendar): string[] {
  let at = 0;
  const gaps = days.calendars.find((entry) => entry.calendar === calendar)?.gaps ?? [];
  return gaps.map((gap) => new Date(Date.parse(days.from) + (at += gap) * 86_400_000).toISOString().slice(0, 10));
}

export function dayKind(days: HolidayDays, day: string): DayKind {
  if (day < days.from || day > days.until) return { kind: 'unknown' };
  const wanted = daysBetween(days.from, day);
  for (const { calendar, gaps } of days.calendars) {
    let at = 0;
    if (gaps.some((gap) => (at += gap) === wanted)) return { kind: 'holiday', calendar };
  }
  return { kind: 'usual' };
}
