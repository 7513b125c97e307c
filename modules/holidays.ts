/**
 * A WXT module (WXT loads every file in modules/). A service's weekly hours say nothing
 * about public holidays, and no official page states its holiday hours, so on a holiday a
 * page must not say "Open now" or "Closed now". The dates come from date-holidays, a
 * maintained library with rules for every country and its regions, never typed by hand.
 * They are worked out at build time into a small table (the library is far too big for the
 * popup): every calendar the directory names, for four years from the newest check of the
 * directory's facts. That date is in the sources, so every rebuild of a release, with git
 * or without, makes the same table; and the data tests fail once a check is a year old, so
 * any build that passes them covers at least three years from its own day. Past its end the
 * pages vouch for no day (lib/holidays.ts); `npm run release` refuses a table that ends
 * within a year.
 */
import Holidays from 'date-holidays';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { SERVICES } from '../data/directory';
import type { HolidayCalendar, Service } from '../data/types';
import { daysBetween, type HolidayTable } from '../lib/holidays';

export const MODULE_ID = 'virtual:signpost-holidays';
const RESOLVED_ID = `\0${MODULE_ID}`;
/** Years from its start that the table covers. */
export const YEARS_AHEAD = 4;
// Days off for everyone: not school holidays or observances such as Mother's Day.
const TYPES = new Set(['public', 'bank']);

/** Where the table starts (YYYY-MM-DD): the newest day any of the services' facts was checked. */
export function tableStart(services: readonly Service[] = SERVICES): string {
  return services.flatMap((service) => service.sources.map((source) => source.checked)).sort().at(-1)!;
}

/** Every calendar a service with weekly hours names. */
export function calendarsOf(services: readonly Service[]): HolidayCalendar[] {
  const found = services.flatMap((service) => (service.hours.kind === 'weekly' ? [service.hours.holidays] : []));
  return [...new Set(found)].sort();
}

/** The public holidays of each calendar ("GB-ENG" is England and Wales), from a day (YYYY-MM-DD) for some years. */
export function holidayTable(calendars: readonly HolidayCalendar[], from: string, years = YEARS_AHEAD): HolidayTable {
  const fromYear = Number(from.slice(0, 4));
  const until = `${fromYear + years}${from.slice(4)}`;
  const table: Record<string, number[]> = {};
  for (const calendar of calendars) {
    const [country, region] = calendar.split('-');
    const library = region ? new Holidays(country!, region) : new Holidays(country!);
    if (!library.getCountries()[country!]) throw new Error(`date-holidays knows no country ${country}`);
    const days = new Set<string>();
    for (let year = fromYear; year <= fromYear + years; year++) {
      for (const holiday of library.getHolidays(year)) {
        const day = holiday.date.slice(0, 10);
        if (TYPES.has(holiday.type) && day >= from && day <= until) days.add(day);
      }
    }
    if (days.size === 0) throw new Error(`date-holidays gives no public holidays for ${calendar}`);
    const offsets = [...days].sort().map((day) => daysBetween(from, day));
    table[calendar] = offsets.map((offset, index) => offset - (offsets[index - 1] ?? 0));
  }
  return { from, until, days: table };
}

/** Whether a table still covers a whole year from a day: a release must not ship one that doesn't. */
export function coversAYearFrom(table: Pick<HolidayTable, 'until'>, day: Date): boolean {
  const yearLater = new Date(day.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  return table.until >= yearLater;
}

/** The table as a module the pages import: `import table from 'virtual:signpost-holidays'`. */
export function holidays(table = holidayTable(calendarsOf(SERVICES), tableStart())): Plugin {
  return {
    name: 'signpost:holidays',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(table)};` : null),
  };
}

export default defineWxtModule((wxt) => {
  wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
    // The popup shows only its helpline's hours (modules/popup-data.ts leaves the others
    // out): it needs only their calendars. The guide needs every one.
    const popup = entrypoints.some((entrypoint) => entrypoint.name === 'popup');
    const services = popup ? SERVICES.filter((service) => service.role === 'helpline') : SERVICES;
    (config.plugins ??= []).push(holidays(holidayTable(calendarsOf(services), tableStart())));
  });
});
