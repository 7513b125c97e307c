/**
 * The help directory against the fact sheet: every number, page and check date, and each
 * region's facts pinned in its own folder (data/regions/<id>/expected.ts: its "sheet").
 */
import { readFileSync } from 'node:fs';
import { type CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { REGION_IDS, REGIONS, type RegionId, SERVICES } from '@/data/directory';
import type { OnlineExpectations } from '@/data/expectations';
import { ONLINE } from '@/data/online';
import ONLINE_EXPECTED from '@/data/online/expected';
import type { Role, Service } from '@/data/types';
import { dialHref } from '@/lib/dial';
import { wordsOf } from '@/lib/project';
import { type Lang, LANG_CODES } from '@/locales/langs';
import { EXPECTED, expectedOf } from '../../expected';

const services: readonly Service[] = SERVICES;

/** The services whose home is a region (data/regions/<id>/index.ts). */
const homeOf = (region: RegionId): readonly Service[] => REGIONS.find((home) => home.id === region)!.services;

/** The country of a region's numbering plan: its numbers and short codes are read as that country's. */
const countryOf = (region: RegionId) => REGIONS.find((home) => home.id === region)?.numbering?.country;

const TRACKING = /^(utm_|fbclid$|gclid$|msclkid$|mc_(cid|eid)$|ref$|_ga$|igshid$)/i;

/**
 * Numbers that cannot be dialled from abroad, as libphonenumber's metadata marks them
 * (resources/PhoneNumberMetadata.xml, noInternationalDialling, commit f7e3e88c of
 * google/libphonenumber), by national number.
 */
const NATIONAL_ONLY: Partial<Record<string, RegExp>> = {
  AU: /^(?:1(?:3(?:00\d{5}|45[0-4])|802)\d{3}|1[38]00\d{6}|13\d{4})$/,
  IE: /^18[59]0\d{6}$/,
};

const MAX_AGE_DAYS = 365;

describe('the help directory', () => {
  it('has unique ids', () => {
    const ids = services.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(services.map((service) => [service.id, service] as const))(
    '%s links only to https pages with no tracking parameters',
    (_id, service) => {
      const urls = [service.url, ...Object.values(service.pages ?? {}), ...service.sources.map((source) => ('url' in source ? source.url : undefined))];
      for (const url of urls.filter((value): value is string => value !== undefined)) {
        const parsed = new URL(url);
        expect(parsed.protocol, url).toBe('https:');
        expect(parsed.username + parsed.password, url).toBe('');
        expect([...parsed.searchParams.keys()].filter((key) => TRACKING.test(key)), url).toEqual([]);
        expect(parsed.hash, url).toBe('');
      }
    },
  );

  it.each(REGIONS.flatMap((region) => (region.services as readonly Service[]).flatMap((service) => service.phones.map((phone) => [`${service.id} ${phone.display}`, region.id, phone] as const))))(
    '%s is a valid number whose display matches its E.164 form',
    (_name, region, phone) => {
      if (phone.shortCode) {
        expect(expectedOf(region).sheet.shortCodes, `${phone.display} is not a short code the sheet names for ${region}`).toContain(phone.e164);
        expect(phone.display.replace(/\s/g, '')).toBe(phone.e164);
        return;
      }
      const fromE164 = parsePhoneNumberWithError(phone.e164);
      expect(fromE164.isValid(), `${phone.e164} is not valid`).toBe(true);
      // A toll-free number of the North American plan (+1 8xx) belongs to no one country:
      // libphonenumber files it under the US, whose plan it shares with Canada's.
      const nanpTollFree = fromE164.countryCallingCode === '1' && fromE164.getType() === 'TOLL_FREE';
      if (!nanpTollFree) expect(fromE164.country).toBe(phone.country);
      // The display form, read as someone would dial it in that country, is the same number.
      const fromDisplay = parsePhoneNumberWithError(phone.display, phone.country as CountryCode);
      expect(fromDisplay.number).toBe(phone.e164);
    },
  );

  it.each(services.map((service) => [service.id, service] as const))(
    '%s names a source and a check date within the last 12 months',
    (id, service) => {
      expect(service.sources.length, `${id} has no source`).toBeGreaterThan(0);
      for (const source of service.sources) {
        expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const ageDays = (Date.now() - Date.parse(`${source.checked}T00:00:00Z`)) / 86_400_000;
        const where = 'url' in source ? source.url : source.sheet;
        expect(
          ageDays,
          `Re-check ${id} (${service.name}): its number, hours and address were last checked on ${source.checked} against ${where}.`,
        ).toBeLessThanOrEqual(MAX_AGE_DAYS);
        expect(ageDays, `${id} has a check date in the future`).toBeGreaterThanOrEqual(-1);
        if ('sheet' in source) expect(source.sheet).toMatch(/^shared\/facts\/help-directory\.md#[a-z-]+$/);
      }
    },
  );

  it('gives weekly schedules well-formed times in a real zone', () => {
    for (const service of services) {
      if (service.hours.kind !== 'weekly') continue;
      expect(() => new Intl.DateTimeFormat('en', { timeZone: service.hours.kind === 'weekly' ? service.hours.timeZone : '' })).not.toThrow();
      for (const period of service.hours.periods) {
        expect(period.open < period.close, `${service.id} day ${period.day}`).toBe(true);
      }
    }
  });

  it.each(REGION_IDS.map((region) => [region]))('gives %s at most one service in each role the pages lead with', (region) => {
    const here = services.filter((service) => service.regions === 'anywhere' || service.regions.includes(region));
    const single: Role[] = ['helpline', 'self-help', 'questions', 'family-advice', 'parents-advice', 'young-people', 'child-protection', 'emergency'];
    for (const role of single) expect(here.filter((service) => service.role === role).length, role).toBeLessThanOrEqual(1);
  });

  it('names only known regions, and gives a number only to regions its service serves', () => {
    const known = new Set<string>(REGION_IDS);
    for (const service of services) {
      if (service.regions !== 'anywhere') for (const region of service.regions) expect(known, service.id).toContain(region);
      for (const phone of service.phones) {
        for (const region of phone.for) {
          expect(service.regions === 'anywhere' || service.regions.includes(region), `${service.id} ${phone.display} for ${region}`).toBe(true);
        }
      }
    }
  });

  it('links a number that cannot be dialled from abroad as it is dialled at home', () => {
    let national = 0;
    for (const service of services) {
      for (const phone of service.phones) {
        if (phone.shortCode) continue;
        const nationalOnly = NATIONAL_ONLY[phone.country]?.test(parsePhoneNumberWithError(phone.e164).nationalNumber) ?? false;
        if (nationalOnly) national += 1;
        expect(phone.national ?? false, `${service.id} ${phone.display}`).toBe(nationalOnly);
        expect(dialHref(phone).includes('+'), `${service.id} ${phone.display}`).toBe(!nationalOnly);
      }
    }
    // Australia's 1800 and 13 numbers (the check has something to find).
    expect(national).toBeGreaterThan(2);
  });

  it('gives every region a crisis line, and an emergency number for a life in danger everywhere it knows one', () => {
    for (const region of REGION_IDS) {
      const here = services.filter((service) => service.regions !== 'anywhere' && service.regions.includes(region));
      expect(here.filter((service) => service.role === 'crisis').length, region).toBeGreaterThan(0);
      // "Somewhere else" has no number: the pages say "your local emergency number" there.
      expect(here.filter((service) => service.role === 'emergency').length, region).toBe(region === 'elsewhere' ? 0 : 1);
    }
  });

  it('catches a wrong number (the check can fail)', () => {
    expect(parsePhoneNumberWithError('0808 1000 90', 'GB').isValid()).toBe(false);
    expect(parsePhoneNumberWithError('0808 1000 900', 'GB').number).not.toBe('+448081000909');
  });
});

/**
 * Each region's facts, as its expected.ts pins them to the sheet: what a region's services
 * claim must be exactly what the sheet states, and where the sheet says nothing, nothing.
 */
describe.each(EXPECTED.map((expected) => [expected.region, expected] as const))('%s, against the fact sheet', (region, { sheet }) => {
  const own = homeOf(region);

  it('claims a cost only where the sheet states it', () => {
    const costs: Record<string, string> = {};
    for (const service of own) for (const phone of service.phones) if (phone.cost !== 'unstated') costs[`${service.id} ${phone.display}`] = phone.cost;
    expect(costs).toEqual(sheet.costs);
  });

  it('shows hours only where the sheet states them, and exactly those', () => {
    const hours: Record<string, unknown> = {};
    for (const service of own) {
      if (service.hours.kind === 'always' && service.phones.length > 0) hours[service.id] = 'always';
      if (service.hours.kind === 'weekly') {
        const { timeZone, periods, holidays } = service.hours;
        hours[service.id] = { timeZone, periods, holidays };
      }
    }
    expect(hours).toEqual(sheet.hours);
  });

  it('says whether a service needs your name only where the sheet does, and only of helplines and reporting routes', () => {
    const anonymous: Record<string, boolean> = {};
    for (const service of own) if (service.anonymous !== undefined) anonymous[service.id] = service.anonymous;
    expect(anonymous).toEqual(sheet.anonymous);
    for (const id of Object.keys(anonymous)) expect(['helpline', 'report'], id).toContain(own.find((service) => service.id === id)!.role);
  });

  it('says who else a service is for, and the languages it works in, only where the sheet does', () => {
    const alsoFor: Record<string, unknown> = {};
    const languages: Record<string, unknown> = {};
    for (const service of own) {
      if (service.alsoFor) alsoFor[service.id] = service.alsoFor;
      if (service.languages) languages[service.id] = service.languages;
    }
    expect(alsoFor).toEqual(sheet.alsoFor);
    expect(languages).toEqual(sheet.languages);
  });

  it('pins every short sentence of what a service passes on to the sheet, and gives its full wording in the guide', () => {
    for (const service of own) {
      const words = wordsOf(service, 'en');
      if (!words.passesOnShort) continue;
      expect(sheet.words[service.id]?.passesOnShort, `${service.id}: pin its passesOnShort in data/regions/${region}/expected.ts`).toBeDefined();
      expect(words.passesOnFull, service.id).toBeTruthy();
    }
  });

  it('dials its short codes in its own numbering plan', () => {
    for (const service of own) for (const phone of service.phones.filter((candidate) => candidate.shortCode)) expect(phone.country).toBe(countryOf(region));
  });

  it.each(Object.entries(sheet.words).flatMap(([id, fields]) => Object.entries(fields).flatMap(([field, byLang]) => LANG_CODES.map((lang) => [id, field, lang, byLang[lang]] as const))))(
    '%s: its %s in %s names every condition the sheet states, and adds none',
    (id, field, lang, rule) => {
      const sentence = (wordsOf({ id }, lang as Lang) as Record<string, string | undefined>)[field];
      expect(sentence, `${lang} has no ${field} for ${id}`).toBeTypeOf('string');
      for (const condition of rule.names) expect(sentence).toMatch(condition);
      if (rule.never) expect(sentence).not.toMatch(rule.never);
    },
  );

  it.each(Object.entries(sheet.never).flatMap(([id, byLang]) => LANG_CODES.map((lang) => [id, lang, byLang[lang]] as const)))(
    'says nothing about %s in %s that the sheet does not state',
    (id, lang, never) => {
      const sentences = Object.values(wordsOf({ id }, lang as Lang));
      expect(sentences.length, `${lang} has no words for ${id}`).toBeGreaterThan(0);
      expect(sentences.filter((sentence) => never.test(sentence ?? ''))).toEqual([]);
    },
  );
});

describe('what the sheet marks "do not ship"', () => {
  const listed = [...EXPECTED.flatMap((expected) => expected.sheet.doNotShip), ...ONLINE_EXPECTED.doNotShip];

  it('is listed by the regions (the check has something to find)', () => {
    expect(listed.length).toBeGreaterThan(20);
  });

  it('is in no service of the directory', () => {
    const text = JSON.stringify(services).toLowerCase();
    expect(listed.filter((value) => text.includes(value.toLowerCase()))).toEqual([]);
  });

  it('is in no word of any language', () => {
    const text = LANG_CODES.map((lang) => JSON.stringify(services.map((service) => wordsOf(service, lang)))).join('\n').toLowerCase();
    expect(listed.filter((value) => !value.startsWith('"') && text.includes(value.toLowerCase()))).toEqual([]);
  });

  it('is in no store listing', () => {
    const text = LANG_CODES.map((lang) => readFileSync(`store/listing.${lang}.md`, 'utf8')).join('\n').replace(/\s+/g, ' ').toLowerCase();
    expect(listed.filter((value) => !value.startsWith('"') && text.includes(value.toLowerCase()))).toEqual([]);
  });

  it('would be found (the check can fail)', () => {
    const text = JSON.stringify([...services, { id: 'x', phones: [{ display: listed[0] }] }]).toLowerCase();
    expect(text).toContain(listed[0]!.toLowerCase());
  });
});

describe('the online programmes, against the fact sheet', () => {
  it('name their languages only where the sheet states them', () => {
    const languages = Object.fromEntries(ONLINE.flatMap((service): [string, readonly string[]][] => ('languages' in service ? [[service.id, service.languages]] : [])));
    expect(languages).toEqual(ONLINE_EXPECTED.languages);
  });

  it('say nothing of anonymity as a flag', () => {
    expect(ONLINE.filter((service) => 'anonymous' in service).map((service) => service.id)).toEqual(Object.keys(ONLINE_EXPECTED.anonymous));
  });

  // Each read as a table by language (as EXPECTED reads the regions'): a new language asks for its row in the data's file.
  type ByLang = OnlineExpectations['never'][string];
  it.each(Object.entries(ONLINE_EXPECTED.never).flatMap(([id, byLang]) => LANG_CODES.map((lang) => [id, lang, (byLang as ByLang)[lang]] as const)))(
    'say nothing about %s in %s that the sheet does not state',
    (id, lang, never) => {
      const sentences = Object.values(wordsOf({ id }, lang as Lang));
      expect(sentences.length, `${lang} has no words for ${id}`).toBeGreaterThan(0);
      expect(sentences.filter((sentence) => never.test(sentence ?? ''))).toEqual([]);
    },
  );
});
