/**
 * The shape of a region's home (data/regions/<id>.ts) and the helpers its entries use. A
 * region's file holds everything about it: the countries it covers (a browser whose time
 * zone is in one of them opens there: modules/zones.ts), its numbering plan, and every
 * service it shows, each with the pages that state its facts and the date each was checked.
 */
import type { Cost, Period, Service, Source, Weekday } from './types';

export interface RegionHome<S extends readonly Service[]> {
  /**
   * The countries it covers (ISO 3166-1 alpha-2). A time zone in one of them chooses it,
   * by the country a maintained table gives for the zone (modules/zones.ts): no hand lists of zones.
   */
  countries: readonly string[];
  /** The numbering plan its own numbers belong to, and that plan's calling code. */
  numbering?: { country: string; callingCode: string };
  /** The services it shows, those it shares with other regions included (see `regions`). */
  services: S;
}

export interface Region<Id extends string = string, S extends readonly Service[] = readonly Service[]>
  extends RegionHome<S> {
  id: Id;
}

export function defineRegion<const Id extends string, const S extends readonly Service[]>(
  id: Id,
  home: RegionHome<S>,
): Region<Id, S> {
  return { id, ...home };
}

/** An official page that states a fact, and the day it was checked (YYYY-MM-DD). */
export const source = (url: string, checked: string): Source => ({ url, checked });

/** A section of the team's fact sheet, where it confirms a fact without naming a page. */
export const sheet = (section: string, checked: string): Source => ({
  sheet: `shared/facts/help-directory.md#${section}`,
  checked,
});

/** The same opening hours on each day from one weekday to another. */
export function days(from: Weekday, to: Weekday, open: string, close: string): Period[] {
  const periods: Period[] = [];
  for (let day = from; day <= to; day++) periods.push({ day: day as Weekday, open, close });
  return periods;
}

/**
 * A short number everyone there knows: the emergency number (for your own life, and for a
 * child in danger unless there is a police line), or the police. Its id names the role, the
 * number and the region (Germany's 112 is emergency-112-de); its words say what it is for.
 * `or` is a second number that reaches the same help, where the sheet gives one
 * (Switzerland's "144 (or 112)"): the pages say "call 144 (or 112)".
 */
export function shortNumber<const R extends 'emergency' | 'police', const N extends string, const Id extends string>(
  role: R,
  number: N,
  region: Id,
  facts: { country: string; cost?: Cost; or?: string; sources: readonly Source[] },
) {
  const phone = (digits: string) => ({ display: digits, e164: digits, country: facts.country, shortCode: true, for: [region], cost: facts.cost ?? 'unstated' });
  return {
    id: `${role}-${number}-${region}` as const,
    name: number,
    role,
    regions: [region] as const,
    phones: facts.or ? [phone(number), phone(facts.or)] : [phone(number)],
    hours: { kind: 'unknown' },
    sources: facts.sources,
  } satisfies Service;
}
