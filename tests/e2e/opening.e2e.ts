/**
 * Each place opens from the browser alone: Chromium with a place's language and time zone,
 * and nothing chosen, opens the popup in that place and language, with the place's
 * prevention line first where there is one, its crisis line and the line for the person's
 * own life; the guide adds the reporting route with its warning, and the young people's
 * line (tests/places.ts says what each place shows).
 */
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '@/locales/all';
import type { Lang } from '@/locales/langs';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { PLACES, problemsWith } from '../places';
import { usualSaturdayNoon } from './clock';

const OPENINGS: { locale: string; zone: string; region: string; lang: Lang }[] = [
  { locale: 'nl-NL', zone: 'Europe/Amsterdam', region: 'nl', lang: 'nl' },
  { locale: 'nl-BE', zone: 'Europe/Brussels', region: 'be', lang: 'nl' },
  { locale: 'fr-BE', zone: 'Europe/Brussels', region: 'be', lang: 'fr' },
  { locale: 'fr-FR', zone: 'Europe/Paris', region: 'fr', lang: 'fr' },
  { locale: 'en-NZ', zone: 'Pacific/Auckland', region: 'nz', lang: 'en' },
];

/** Runs in the page: the language it chose and the region it shows. */
const chosen = () => ({
  lang: document.documentElement.lang,
  region: document.querySelector<HTMLSelectElement>('#region')?.value,
});

describe.each(OPENINGS)('Chromium in $locale, $zone', ({ locale, zone, region, lang }) => {
  let browser: Launched;
  const place = PLACES.find((row) => row.region === region)!;
  const tr = translatorFor(lang);

  beforeAll(async () => {
    browser = await launchChromium({ extensionDir: '.output/chrome-mv3', locale, timezoneId: zone });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string) {
    const page = await browser.context.newPage();
    await page.clock.setFixedTime(usualSaturdayNoon());
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.waitForSelector('h1');
    await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
    return page;
  }

  it(`opens the popup in ${region}, in ${lang}: its prevention line first, its crisis line, its own-life line`, async () => {
    expect(place, `no row for ${region} in tests/places.ts`).toBeDefined();
    const popup = await open('popup.html');
    expect(await popup.evaluate(chosen)).toEqual({ lang, region });
    expect(problemsWith(new JSDOM(await popup.content()).window.document, place, 'popup', tr)).toEqual([]);
    await popup.close();
  });

  it(`opens the guide the same way, with the reporting route, its warning and the young people's line`, async () => {
    const guide = await open('guide.html');
    expect(await guide.evaluate(chosen)).toEqual({ lang, region });
    expect(problemsWith(new JSDOM(await guide.content()).window.document, place, 'guide', tr)).toEqual([]);
    await guide.close();
  });
});
