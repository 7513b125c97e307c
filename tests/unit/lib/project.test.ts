import { describe, expect, it } from 'vitest';
import { REGION_IDS, SERVICES } from '@/data/directory';
import { ONLINE } from '@/data/online';
import type { PackPhone } from '@/lib/pack';
import { pageFor } from '@/lib/plan';
import { guidePack, holidaysFrom, PACK_FILES, popupPack, wordsOf } from '@/lib/project';
import { WORDS } from '@/locales/all';
import { LANG_CODES } from '@/locales/langs';

const EVERY = REGION_IDS.flatMap((region) => LANG_CODES.map((lang) => [region, lang] as const));

/** Every object in some data, with the path to it. */
function* objects(data: unknown, path = '$'): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) yield* objects(item, `${path}[${index}]`);
  } else if (data && typeof data === 'object') {
    const object = data as Record<string, unknown>;
    yield [path, object];
    for (const [key, value] of Object.entries(object)) yield* objects(value, `${path}.${key}`);
  }
}

/** Every number in some data: an object with a display, a cost and an address. */
const phonesIn = (data: unknown) =>
  [...objects(data)].filter(([, object]) => 'display' in object && 'cost' in object) as [string, PackPhone & Record<string, unknown>][];

describe('the packs made from the directory and the words', () => {
  it.each(EVERY)('build for %s in %s', (region, lang) => {
    const popup = popupPack(region, lang);
    const guide = guidePack(region, lang);
    expect([popup.lang, popup.region.id, guide.lang, guide.region.id]).toEqual([lang, region, lang, region]);
    expect(popup.regions.map(([id]) => id)).toEqual(REGION_IDS);
    expect(popup.region.crisis.length).toBeGreaterThan(0);
  });

  it.each(EVERY)('hold plain data, as a file gives it back, for %s in %s', (region, lang) => {
    for (const data of [PACK_FILES.popup(region, lang), PACK_FILES.guide(region, lang)]) {
      // No undefined field, no function, no Date: the same after JSON.
      expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
    }
  });

  it.each(EVERY)('the popup’s pack for %s in %s holds no reporting route, no source, no hours but the helpline’s', (region, lang) => {
    const popup = PACK_FILES.popup(region, lang);
    const reports = SERVICES.filter((service) => service.role === 'report');
    const text = JSON.stringify(popup);
    for (const report of reports) {
      expect(text).not.toContain(`"${report.id}"`);
      if (report.url) expect(text).not.toContain(report.url);
    }
    for (const [path, object] of objects(popup)) {
      for (const key of ['reporting', 'sources', 'checked', 'e164', 'for', 'role']) expect(object, path).not.toHaveProperty(key);
      // The helpline's hours, and a young people's line's where it keeps weekly hours (Germany's).
      if ('hours' in object) expect(['$.helpline', '$.youngPeople'], path).toContain(path);
      if (path === '$.youngPeople' && 'hours' in object) expect((object.hours as { kind: string }).kind).toBe('weekly');
    }
  });

  it('the guide’s pack keeps the reporting routes, and no sources either', () => {
    const guide = guidePack('uk', 'en').region;
    const routes = SERVICES.filter((service) => service.role === 'report' && service.regions.includes('uk'));
    expect(routes.length).toBeGreaterThan(0);
    expect(guide.reporting.map((route) => route.id)).toEqual(routes.map((route) => route.id));
    for (const [path, object] of objects(guide)) expect(object, path).not.toHaveProperty('sources');
  });

  it.each(EVERY)('every number in the packs for %s in %s dials (tel:) or texts (sms:)', (region, lang) => {
    const phones = [...phonesIn(popupPack(region, lang)), ...phonesIn(guidePack(region, lang))];
    // "Somewhere else" has no number at all: the local emergency number, unnamed.
    if (region === 'elsewhere') expect(phones).toEqual([]);
    else expect(phones.length).toBeGreaterThan(0);
    for (const [path, phone] of phones) {
      expect(phone.href, path).toMatch(phone.text ? /^sms:\+?\d+$/ : /^tel:\+?\d+$/);
      expect(Object.keys(phone).sort(), path).toEqual(phone.text ? ['cost', 'display', 'href', 'text'] : ['cost', 'display', 'href']);
    }
  });

  it('links a crisis line’s website in the popup only where its words have a link’s label', () => {
    let linked = 0;
    let unlinked = 0;
    for (const [region, lang] of EVERY) {
      for (const line of popupPack(region, lang).region.crisis) {
        const service = SERVICES.find((candidate) => candidate.id === line.id)!;
        if (line.words.linkLabel) {
          expect(line.url, `${line.id} in ${lang}`).toBe(pageFor(service, lang));
          linked++;
        } else {
          expect(line, `${line.id} in ${lang}`).not.toHaveProperty('url');
          if (service.url) unlinked++;
        }
      }
    }
    // Both kinds exist: Find A Helpline is linked; Samaritans, with a website, is not.
    expect(linked).toBeGreaterThan(0);
    expect(unlinked).toBeGreaterThan(0);
    // The guide keeps the website of every crisis line that has one.
    expect(guidePack('uk', 'en').region.crisis[0]?.url).toBe('https://www.samaritans.org/how-we-can-help/contact-samaritan/');
  });

  it('shows the online programmes in the popup only where there is no helpline to show first', () => {
    expect(popupPack('uk', 'en').region.online).toEqual([]);
    expect(popupPack('elsewhere', 'en').region.online.map((service) => service.id)).toEqual(ONLINE.map((service) => service.id));
  });

  it('fails loudly for a service with no words', () => {
    expect(() => wordsOf({ id: 'no-such-service' }, 'en')).toThrow(/No en words for no-such-service/);
    const crisis = SERVICES.find((service) => service.role === 'crisis')!;
    expect(wordsOf(crisis, 'cy').helpNow).toBeTruthy();
  });

  it.each(LANG_CODES)('the guide’s %s language file carries the three online programmes, and no region’s file repeats them', (lang) => {
    const online = PACK_FILES.guideLanguage(lang).online;
    expect(ONLINE).toHaveLength(3);
    expect(online.map((service) => service.id)).toEqual(ONLINE.map((service) => service.id));
    for (const service of online) {
      expect(service.url).toMatch(/^https:\/\//);
      expect(service.words.about).toBeTruthy();
    }
    for (const region of REGION_IDS) {
      expect(PACK_FILES.guide(region, lang)).not.toHaveProperty('online');
      expect(guidePack(region, lang).region.online).toEqual(online);
    }
  });

  it.each(LANG_CODES)('the guide’s %s language file holds no privacy sentence, and its privacy file holds exactly them', (lang) => {
    const all = WORDS[lang].guide;
    const privacy = Object.keys(all).filter((key) => key.startsWith('privacy.'));
    expect(privacy.length, 'the privacy section has sentences to move').toBeGreaterThan(20);
    const guide = PACK_FILES.guideLanguage(lang).words;
    expect(Object.keys(guide).filter((key) => key.startsWith('privacy.'))).toEqual([]);
    expect(PACK_FILES.privacy(lang)).toStrictEqual(Object.fromEntries(privacy.map((key) => [key, all[key as keyof typeof all]])));
    // Every other guide sentence stays before the first paint: the heading and the footer's too.
    for (const key of Object.keys(all).filter((key) => !privacy.includes(key))) expect(guide, key).toHaveProperty([key], all[key as keyof typeof all]);
    expect(guide).toHaveProperty(['section.privacy']);
    expect(guide).toHaveProperty(['footer.independentFull']);
  });

  it('starts each region’s holiday days at the newest check of its own facts', () => {
    expect(holidaysFrom('uk')).toBe('2026-11-29');
    expect(holidaysFrom('be')).toBe('2026-12-01');
    for (const region of REGION_IDS) {
      const weekly = [...objects(guidePack(region, 'en').region)].flatMap(([, object]) =>
        object.kind === 'weekly' ? [object as { holidays: { from: string; until: string } }] : [],
      );
      for (const hours of weekly) {
        expect(hours.holidays.from).toBe(holidaysFrom(region));
        expect(hours.holidays.until.slice(4)).toBe(hours.holidays.from.slice(4));
      }
    }
  });
});
