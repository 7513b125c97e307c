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
import { daysBetween, type HolidayDays, type HolidayName } from './holidays';

/** Years from its start that the days cover. */
export const YEARS_AHEAD = 4;
// Public holidays, the days off in law: not observances such as Mother's Day, nor Germany's
// "bank" days (Christmas Eve and New Year's Eve), which are not statutory holidays there.
const TYPE = 'public';

/** Where the days start (YYYY-MM-DD): the newest day any of these services' facts was checked. */
export function tableStart(services: readonly Service[]): string {
  const newest = services.flatMap((service) => service.sources.map((source) => source.checked)).sort().at(-1);
  // No checked fact, no day to start from: a build error, never days from nowhere.
  if (!newest) throw new Error(`No checked source to start the holiday days from (${services.map((service) => service.id).join(', ') || 'no service'})`);
  return newest;
}

/** A date-holidays calendar's public holidays ("GB" and "ENG" is England and Wales), as YYYY-MM-DD, from a day to another. */
function publicDays(country: string, region: string | undefined, from: string, until: string): Set<string> {
  const library = region ? new Holidays(country, region) : new Holidays(country);
  if (!library.getCountries()[country]) throw new Error(`date-holidays knows no country ${country}`);
  const days = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
    for (const holiday of library.getHolidays(year)) {
      const day = holiday.date.slice(0, 10);
      if (holiday.type === TYPE && day >= from && day <= until) days.add(day);
    }
  }
  return days;
}

/** One calendar's public holidays, as YYYY-MM-DD, from a day to another. */
export function calendarDates(calendar: HolidayCalendar, from: string, until: string): string[] {
  let days: Set<string>;
  if (calendar === 'DE-STATES') {
    // A day some of Germany's sixteen states keep, but not the whole country.
    const national = publicDays('DE', undefined, from, until);
    const states = Object.keys(new Holidays('DE').getStates('DE') ?? {});
    if (states.length !== 16) throw new Error(`date-holidays gives ${states.length} German states, not 16`);
    days = new Set(states.flatMap((state) => [...publicDays('DE', state, from, until)]).filter((day) => !national.has(day)));
  } else {
    const [country, region] = calendar.split('-');
    days = publicDays(country!, region, from, until);
  }
  if (days.size === 0) throw new Error(`date-holidays gives no public holidays for ${calendar}`);
  return [...days].sort();
}

/** The name of a holiday kept by some calendars (lib/holidays.ts, HolidayName). */
export function holidayName(calendars: readonly HolidayCalendar[]): HolidayName {
  const has = (calendar: HolidayCalendar) => calendars.includes(calendar);
  const uk = [has('GB-ENG'), has('GB-SCT'), has('GB-NIR')];
  if (uk.some(Boolean)) {
    const [england, scotland, ireland] = uk;
    if (england && scotland && ireland) return 'GB';
    if (england && ireland) return 'GB-ENG-NIR';
    if (england && !scotland) return 'GB-ENG';
    if (scotland && !england && !ireland) return 'GB-SCT';
    if (ireland && !england && !scotland) return 'GB-NIR';
    return 'GB-part';
  }
  if (has('DE')) return 'DE';
  if (has('DE-STATES')) return 'DE-STATES';
  if (has('BE')) return 'BE';
  throw new Error(`No name for a holiday of ${calendars.join(', ')}`);
}

/** Calendars' days (YYYY-MM-DD) as a pack carries them: one list, each day named by the calendars that keep it. */
export function holidayTable(from: string, until: string, dates: Partial<Record<HolidayCalendar, readonly string[]>>): HolidayDays {
  const keptBy = new Map<string, HolidayCalendar[]>();
  for (const [calendar, days] of Object.entries(dates) as [HolidayCalendar, readonly string[]][]) {
    for (const day of days) keptBy.set(day, [...(keptBy.get(day) ?? []), calendar]);
  }
  const days = [...keptBy.keys()].sort();
  const offsets = days.map((day) => daysBetween(from, day));
  return {
    from,
    until,
    gaps: offsets.map((offset, index) => offset - (offsets[index - 1] ?? 0)),
    names: days.map((day) => holidayName(keptBy.get(day)!)),
  };
}

/** The holidays of some calendars, from a day (YYYY-MM-DD) for some years, as a pack carries them. */
export function holidayDays(calendars: readonly HolidayCalendar[], from: string, years = YEARS_AHEAD): HolidayDays {
  const until = `${Number(from.slice(0, 4)) + years}${from.slice(4)}`;
  return holidayTable(from, until, Object.fromEntries(calendars.map((calendar) => [calendar, calendarDates(calendar, from, until)])));
}

/** Whether the days still cover a whole year from a day: a release must not ship days that don't. */
export function coversAYearFrom(days: Pick<HolidayDays, 'until'>, day: Date): boolean {
  const yearLater = new Date(day.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  return days.until >= yearLater;
}
