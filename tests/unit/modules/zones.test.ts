import timezones from 'countries-and-timezones';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '@/data/directory';
import { countryOf, zoneLists, zonePlaces } from '@/modules/zones';

describe('the zone map made at build time from countries-and-timezones', () => {
  const map = zonePlaces();

  it('reads a zone name as the country the table gives first for it, aliases included', () => {
    expect(countryOf('Europe/Berlin')).toBe('DE');
    // Linked to Europe/Berlin since 2022, but still Norway's own name.
    expect(countryOf('Europe/Oslo')).toBe('NO');
    expect(countryOf('Europe/Amsterdam')).toBe('NL');
    expect(countryOf('Europe/Zurich')).toBe('CH');
    expect(countryOf('Europe/London')).toBe('GB');
    expect(countryOf('UTC')).toBeUndefined();
    expect(countryOf('Not/AZone')).toBeUndefined();
  });

  it('holds only zones of the places’ countries, each with its place', () => {
    const countries = new Map(REGIONS.flatMap((region) => region.countries.map((country) => [country, region.id])));
    for (const [zone, place] of Object.entries(map)) expect(countries.get(countryOf(zone) ?? ''), zone).toBe(place);
  });

  it('leaves out the names of a time rather than a place, though the table gives each a country', () => {
    expect(countryOf('CET')).toBe('BE');
    expect(countryOf('EST5EDT')).toBe('US');
    for (const zone of ['CET', 'MET', 'EST', 'MST', 'HST', 'EST5EDT', 'CST6CDT', 'MST7MDT', 'PST8PDT']) expect(map[zone], zone).toBeUndefined();
    // Old names of places stay: a browser may report them.
    expect([map.GB, map.Eire, map.NZ, map['US/Eastern']]).toEqual(['uk', 'ie', 'nz', 'us']);
  });

  it('carries the map as one spaced list per place, with every zone once', () => {
    const lists = zoneLists(map);
    expect(lists.uk?.split(' ')).toEqual(Object.keys(map).filter((zone) => map[zone] === 'uk'));
    const listed = Object.values(lists).flatMap((list) => list.split(' '));
    expect(listed.sort()).toEqual(Object.keys(map).sort());
  });

  it('gives every place with countries at least one zone, and "elsewhere" none', () => {
    const places = new Set(Object.values(map));
    for (const region of REGIONS) expect(places.has(region.id), region.id).toBe(region.countries.length > 0);
  });

  it('gives Canada every zone the table lists for it, but those that are another country’s first (Phoenix stays the US’s)', () => {
    const listed = timezones.getCountry('CA', { deprecated: true })?.timezones ?? [];
    expect(listed.length).toBeGreaterThan(30);
    const shared = listed.filter((zone) => countryOf(zone) !== 'CA');
    expect(shared.sort()).toEqual(['America/Panama', 'America/Phoenix', 'America/Puerto_Rico', 'EST', 'MST']);
    // EST and MST are times, not places (modules/zones.ts): nobody's.
    const others: Record<string, string | undefined> = { 'America/Phoenix': 'us' };
    for (const zone of listed) expect(map[zone], zone).toBe(shared.includes(zone) ? others[zone] : 'ca');
  });

  it('never takes a country’s zones from the table’s list for the country (Norway is not Berlin)', () => {
    expect(map['Europe/Oslo']).toBe('no');
    expect(map['Europe/Berlin']).toBe('de');
    expect(map['Arctic/Longyearbyen']).toBeUndefined();
    // Without Norway, Oslo is nobody's: it never falls back on Berlin's Germany.
    const withoutNorway = zonePlaces(REGIONS.filter((region) => region.id !== 'no'));
    expect(withoutNorway['Europe/Oslo']).toBeUndefined();
    expect(withoutNorway['Europe/Berlin']).toBe('de');
  });

  it('gives a zone shared by several countries to its first (Zurich is Switzerland, not Büsingen or Liechtenstein)', () => {
    expect(map['Europe/Zurich']).toBe('ch');
    expect(map['Europe/Busingen']).toBe('de');
    expect(map['Europe/Vaduz']).toBeUndefined();
  });
});
