/**
 * Public holidays, from the table the build makes with date-holidays (modules/holidays.ts).
 * No official page states a service's hours on a holiday, so on one the pages say neither
 * "Open now" nor "Closed now"; and past the table's end they vouch for no day at all.
 */
import type { HolidayCalendar } from '@/data/types';

export interface HolidayTable {
  /** The first and last day the table covers, as YYYY-MM-DD. */
  from: string;
  until: string;
  /**
   * Each calendar's public holidays, each as the days since the one before (the first since
   * `from`): small numbers, so the table is small in the popup.
   */
  days: Readonly<Record<string, readonly number[]>>;
}

/** A day is a holiday, a usual day, or one the table cannot vouch for. */
export type DayKind = 'holiday' | 'usual' | 'unknown';

export function isoDate(date: { year: number; month: number; day: number }): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** A table's holidays for one calendar as YYYY-MM-DD (for tests and scripts; the pages use dayKind). */
export function holidayDates(table: HolidayTable, calendar: HolidayCalendar): string[] {
  let at = 0;
  return (table.days[calendar] ?? []).map((gap) =>
    new Date(Date.parse(table.from) + (at += gap) * 86_400_000).toISOString().slice(0, 10),
  );
}

export function dayKind(table: HolidayTable, calendar: HolidayCalendar, day: string): DayKind {
  const gaps = table.days[calendar];
  if (!gaps || day < table.from || day > table.until) return 'unknown';
  const wanted = daysBetween(table.from, day);
  let at = 0;
  return gaps.some((gap) => (at += gap) === wanted) ? 'holiday' : 'usual';
}
