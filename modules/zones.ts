/**
 * A WXT module (WXT loads every file in modules/). The place a page opens in comes from the
 * device's time zone alone: a language tag says what a person reads, not where they are.
 * Which country a zone is in comes from a maintained table (countries-and-timezones), read
 * here at build time into a small map of the zones inside Signpost's places; any other zone
 * means "Somewhere else". The table's traps: since 2022 the tz database links Europe/Oslo to
 * Europe/Berlin and Europe/Amsterdam to Europe/Brussels, so the table lists Berlin's
 * countries as Germany, Denmark, Norway, Sweden and Svalbard, and Norway's zones as
 * Europe/Berlin. Browsers still report "Europe/Oslo". So each zone name, alias or not, is
 * read on its own, as the country the table gives first for that very name (Europe/Zurich:
 * Switzerland, not Büsingen; Europe/London: the UK, not the Crown Dependencies), and never
 * from the zones the table lists for a country. Names that tz keeps from POSIX ("CET",
 * "EST5EDT", "MST") name a time, not a place: the table gives each a country (CET is linked to
 * Brussels), but a person whose clock says CET may be anywhere in Central Europe.
 */
import timezones from 'countries-and-timezones';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { REGIONS } from '../data/directory';

export const MODULE_ID = 'virtual:signpost-zones';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** What a place says of where it is: the countries (ISO 3166-1 alpha-2) it covers. */
export interface Located {
  id: string;
  countries: readonly string[];
}

/** The country a zone name is in: the first the table gives for that name; none for UTC or an unknown name. */
export function countryOf(zone: string): string | undefined {
  return timezones.getTimezone(zone)?.countries[0];
}

/** tz's names of a time rather than a place: CET, MET, EET, WET, EST, MST, HST, and EST5EDT and its kind. */
const TIME_NOT_PLACE = /^(?:[CEMW]ET|[EMH]ST|[A-Z]ST\d[A-Z]DT)$/;

/** Every zone name the table knows (aliases included) whose country is one of the places', with its place. */
export function zonePlaces(places: readonly Located[] = REGIONS): Record<string, string> {
  const placeOf = new Map(places.flatMap((place) => place.countries.map((country) => [country, place.id] as const)));
  const map: Record<string, string> = {};
  for (const zone of Object.keys(timezones.getAllTimezones({ deprecated: true })).sort()) {
    const place = placeOf.get(countryOf(zone) ?? '');
    if (place && !TIME_NOT_PLACE.test(zone)) map[zone] = place;
  }
  return map;
}

/** The map as the pages carry it, smaller: each place once, with its zones in one spaced list. */
export function zoneLists(map: Record<string, string>): Record<string, string> {
  const lists: Record<string, string[]> = {};
  for (const [zone, place] of Object.entries(map)) (lists[place] ??= []).push(zone);
  return Object.fromEntries(Object.entries(lists).map(([place, list]) => [place, list.join(' ')]));
}

/** The lists as a module the pages import: `import zones from 'virtual:signpost-zones'`. */
export function zones(map: Record<string, string> = zonePlaces()): Plugin {
  return {
    name: 'signpost:zones',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(zoneLists(map))};` : null),
  };
}

export default defineWxtModule((wxt) => {
  wxt.hook('vite:build:extendConfig', (_entrypoints, config) => {
    (config.plugins ??= []).push(zones());
  });
});
