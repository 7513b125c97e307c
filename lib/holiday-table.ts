/**
 * The public holidays a pack carries with a line's weekly hours. A service's weekly hours
 * say nothing about public holidays, and no official page states its holiday hours, so on
 * a holiday a page must not say "Open now" or "Closed now". The dates come from
 * date-holidays, a maintained library with rules for every country and its regions, never
 * typed by hand. They are worked out at build time (the library is far too big for the
 * pages), for four years from the newest check of the region's facts. That date is in the
 * sources, so every rebuild of a release, with git or without, makes the same days; and the
 * data tests fail once a check is a year old, so any build that passes them covers at
 * least three years from its own day. Past the end the pages vouch for no day
 * (lib/holidays.ts); `npm run release` refuses days that end within a year.
 */
import Holidays from 'date-holidays';
import type { HolidayCalendar, Service } from '@/data/types';
import { daysBetween } from './holidays';
import type { HolidayDays } from './pack';

/** Years from its start that the days cover. */
export const YEARS_AHEAD = 4;
// Days off for everyone: not school holidays or observances such as Mother's Day.
const TYPES = new Set(['public', 'bank']);

/** Where the days start (YYYY-MM-DD): the newest day any of these services' facts was checked. */
export function tableStart(services: readonly Service[]): string {
  return services.flatMap((service) => service.sources.map((source) => source.checked)).sort().at(-1)!;
}

/** One calendar's public holidays ("GB-ENG" is England and Wales), as YYYY-MM-DD, from a day to another. */
function holidaysOf(calendar: HolidayCalendar, from: string, until: string): string[] {
  const [country, region] = calendar.split('-');
  const library = region ? new Holidays(country!, region) : new Holidays(country!);
  if (!library.getCountries()[country!]) throw new Error(`date-holidays knows no country ${country}`);
  const days = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
    for (const holiday of library.getHolidays(year)) {
      const day = holiday.date.slice(0, 10);
      if (TYPES.has(holiday.type) && day >= from && day <= until) days.add(day);
    }
  }
  if (days.size === 0) throw new Error(`date-holidays gives no public holidays for ${calendar}`);
  return [...days].sort();
}

/** The holidays of some calendars, from a day (YYYY-MM-DD) for some years, as a pack carries them. */
export function holidayDays(calendars: readonly HolidayCalendar[], from: string, years = YEARS_AHEAD): HolidayDays {
  const until = `${Number(from.slice(0, 4)) + years}${from.slice(4)}`;
  return {
    from,
    until,
    calendars: calendars.map((calendar) => {
      const offsets = holidaysOf(calendar, from, until).map((day) => daysBetween(from, day));
      return { calendar, gaps: offsets.map((offset, index) => offset - (offsets[index - 1] ?? 0)) };
    }),
  };
}

/** Whether the days still cover a whole year from a day: a release must not ship days that don't. */
export function coversAYearFrom(days: Pick<HolidayDays, 'until'>, day: Date): boolean {
  const yearLater = new Date(day.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  return days.until >= yearLater;
}
