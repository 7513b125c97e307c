/**
 * Public holidays, from the days a pack carries with each line's weekly hours (made at
 * build time from date-holidays: lib/holiday-table.ts). No official page states a
 * service's hours on a holiday, so on one the pages say neither "Open now" nor "Closed now";
 * and past the table's end they vouch for no day at all.
 */
/**
 * Which words name a holiday, by the calendars that keep it (worked out at build time:
 * lib/holiday-table.ts): the UK's nations have their own bank holidays ("a bank holiday in
 * Scotland"), and a day of all three is the UK's; Germany's are national, or of some states only.
 */
export type HolidayName = 'GB' | 'GB-ENG-NIR' | 'GB-ENG' | 'GB-SCT' | 'GB-NIR' | 'GB-part' | 'BE' | 'DE' | 'DE-STATES';

/**
 * The public holidays of the calendars a line keeps, from `from` to `until`: each as the days
 * since the one before (the first since `from`), with its name. Past `until` a page vouches
 * for no day.
 */
export interface HolidayDays {
  from: string;
  until: string;
  gaps: readonly number[];
  names: readonly HolidayName[];
}

/** A day is a named holiday, a usual day, or one the table cannot vouch for. */
export type DayKind = { kind: 'holiday'; name: HolidayName } | { kind: 'usual' } | { kind: 'unknown' };

export function isoDate(date: { year: number; month: number; day: number }): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The holidays as YYYY-MM-DD (for tests and scripts; the pages use dayKind). */
export function holidayDates(days: HolidayDays): string[] {
  let at = 0;
  return days.gaps.map((gap) => new Date(Date.parse(days.from) + (at += gap) * 86_400_000).toISOString().slice(0, 10));
}

export function dayKind(days: HolidayDays, day: string): DayKind {
  if (day < days.from || day > days.until) return { kind: 'unknown' };
  const wanted = daysBetween(days.from, day);
  let at = 0;
  const index = days.gaps.findIndex((gap) => (at += gap) === wanted);
  return index < 0 ? { kind: 'usual' } : { kind: 'holiday', name: days.names[index]! };
}
