/**
 * Each place opens from the browser alone: Chromium with a place's language and time zone,
 * and nothing chosen, opens the popup in that place and language, with the place's
 * prevention line first where there is one, its crisis line and the line for the person's
 * own life; the guide adds the reporting route with its warning, and the young people's
 * line (each region's expected.ts says what it shows).
 */
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '@/locales/all';
import type { RegionId } from '@/data/directory';
import type { Lang } from '@/locales/langs';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { expectedOf, problemsWith } from '../expected';
import { usualSaturdayNoon } from './clock';

const OPENINGS: { locale: string; zone: string; region: RegionId; lang: Lang }[] = [
  { locale: 'nl-NL', zone: 'Europe/Amsterdam', region: 'nl', lang: 'nl' },
  { locale: 'nl-BE', zone: 'Europe/Brussels', region: 'be', lang: 'nl' },
  { locale: 'fr-BE', zone: 'Europe/Brussels', region: 'be', lang: 'fr' },
  { locale: 'fr-FR', zone: 'Europe/Paris', region: 'fr', lang: 'fr' },
  { locale: 'en-NZ', zone: 'Pacific/Auckland', region: 'nz', lang: 'en' },
  { locale: 'en-CA', zone: 'America/Toronto', region: 'ca', lang: 'en' },
  { locale: 'fr-CA', zone: 'America/Toronto', region: 'ca', lang: 'fr' },
  { locale: 'de-CH', zone: 'Europe/Zurich', region: 'ch', lang: 'de' },
  { locale: 'fr-CH', zone: 'Europe/Zurich', region: 'ch', lang: 'fr' },
  { locale: 'de-AT', zone: 'Europe/Vienna', region: 'at', lang: 'de' },
  // Norway in its two languages: Norwegian, and English for a browser in English there.
  { locale: 'nb-NO', zone: 'Europe/Oslo', region: 'no', lang: 'nb' },
  { locale: 'en-GB', zone: 'Europe/Oslo', region: 'no', lang: 'en' },
];

/** Runs in the page: the language it chose and the region it shows. */
const chosen = () => ({
  lang: document.documentElement.lang,
  region: document.querySelector<HTMLSelectElement>('#region')?.value,
});

describe.each(OPENINGS)('Chromium in $locale, $zone', ({ locale, zone, region, lang }) => {
  let browser: Launched;
  const { shows } = expectedOf(region);
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
    const popup = await open('popup.html');
    expect(await popup.evaluate(chosen)).toEqual({ lang, region });
    expect(problemsWith(new JSDOM(await popup.content()).window.document, region, shows, 'popup', tr)).toEqual([]);
    await popup.close();
  });

  it(`opens the guide the same way, with the reporting route, its warning and the young people's line`, async () => {
    const guide = await open('guide.html');
    expect(await guide.evaluate(chosen)).toEqual({ lang, region });
    expect(problemsWith(new JSDOM(await guide.content()).window.document, region, shows, 'guide', tr)).toEqual([]);
    await guide.close();
  });
});

/**
 * The place comes from the time zone alone: a browser abroad opens "Somewhere else" in its
 * own language, never its home country's emergency or crisis numbers; a zone inside a place
 * still opens there, whatever the language.
 */
const ZONES: { locale: string; zone: string; region: string; never: string[] }[] = [
  { locale: 'en-US', zone: 'Asia/Kolkata', region: 'elsewhere', never: ['tel:911', 'tel:988'] },
  { locale: 'en-US', zone: 'Africa/Lagos', region: 'elsewhere', never: ['tel:911', 'tel:988'] },
  { locale: 'en-US', zone: 'UTC', region: 'elsewhere', never: ['tel:911', 'tel:988'] },
  { locale: 'en-GB', zone: 'Europe/Madrid', region: 'elsewhere', never: ['tel:999', 'tel:116123'] },
  { locale: 'de-DE', zone: 'Europe/Zurich', region: 'ch', never: ['tel:110', 'tel:+498001110111'] },
  { locale: 'de-DE', zone: 'Europe/Vienna', region: 'at', never: ['tel:110', 'tel:+498001110111'] },
  // Liechtenstein's own zone: not Switzerland.
  { locale: 'de-DE', zone: 'Europe/Vaduz', region: 'elsewhere', never: ['tel:143', 'tel:144', 'tel:117', 'tel:110'] },
  { locale: 'fr-FR', zone: 'Africa/Dakar', region: 'elsewhere', never: ['tel:3114', 'tel:+33806231063'] },
  // Linked to Berlin and Brussels in the tz database, but Norway and Luxembourg.
  { locale: 'en-GB', zone: 'Europe/Oslo', region: 'no', never: ['tel:110', 'tel:+498001110111'] },
  { locale: 'fr-FR', zone: 'Europe/Luxembourg', region: 'elsewhere', never: ['tel:1813', 'tel:+3280014112', 'tel:112'] },
  { locale: 'en-US', zone: 'Europe/London', region: 'uk', never: ['tel:911'] },
  { locale: 'en-GB', zone: 'America/Chicago', region: 'us', never: ['tel:999'] },
  { locale: 'en-GB', zone: 'Europe/Berlin', region: 'de', never: ['tel:999'] },
  { locale: 'en-GB', zone: 'Europe/Amsterdam', region: 'nl', never: ['tel:999'] },
];

describe.each(ZONES)('Chromium in $locale, $zone', ({ locale, zone, region, never }) => {
  it(`opens the popup in ${region}, with none of ${never.join(', ')}`, async () => {
    const browser = await launchChromium({ extensionDir: '.output/chrome-mv3', locale, timezoneId: zone });
    try {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.waitForSelector('h1');
      // The zone as the page sees it (Chromium may name it the ICU way: Asia/Calcutta).
      expect(await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).not.toBe('');
      expect((await popup.evaluate(chosen)).region).toBe(region);
      const dialled = await popup.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')),
      );
      expect(dialled.filter((href) => never.includes(href ?? ''))).toEqual([]);
      if (region === 'elsewhere') expect(dialled, 'Somewhere else dials no number').toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
