/**
 * What each place shows, in the real extension: the table of tests/places.ts in Chromium,
 * for every region and language; and Welsh day names in Chromium and Firefox, whose Intl
 * data differ (Chromium has no Welsh), at a time the helpline is closed for the weekend.
 */
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '@/locales/all';
import { LANG_CODES } from '@/locales/langs';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { type LaunchedFirefox, launchFirefox, openExtensionPage } from '../../scripts/browsers/firefox';
import { PLACES, problemsWith } from '../places';
import { usualSaturdayNoon } from './clock';
import { chooseLanguage } from './language';
import { type Loopback, popupAt, serveBuild } from './loopback';

/** A Saturday, noon in the UK, after the build: the helpline is closed until Monday. */
const SATURDAY_NOON = usualSaturdayNoon();
const ENGLISH_DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;
const WELSH_MONDAY = 'Dydd Llun';
// After "yn agor" (opens) the day mutates, as the Welsh review asks: "Yn agor ddydd Llun am 9yb".
const WELSH_ON_MONDAY = 'ddydd Llun';

describe('Chromium: every place, in every language', () => {
  let browser: Launched;
  let base: string;

  beforeAll(async () => {
    browser = await launchChromium({ extensionDir: '.output/chrome-mv3' });
    base = `chrome-extension://${browser.extensionId}`;
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.clock.setFixedTime(SATURDAY_NOON);
    await page.goto(`${base}/${path}`);
    await page.waitForSelector('h1');
    return page;
  }

  it.each(PLACES.flatMap((place) => LANG_CODES.map((lang) => [place.region, lang, place] as const)))(
    '%s in %s: the popup and the guide show what the table says',
    async (region, lang, place) => {
      const popup = await open('popup.html');
      await popup.selectOption('#region', region);
      await chooseLanguage(popup, lang);
      const tr = translatorFor(lang);
      expect(problemsWith(new JSDOM(await popup.content()).window.document, place, 'popup', tr)).toEqual([]);
      await popup.close();

      const guide = await open(`guide.html#region=${region}&lang=${lang}`);
      await guide.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
      expect(problemsWith(new JSDOM(await guide.content()).window.document, place, 'guide', tr)).toEqual([]);
      await guide.close();
    },
  );

  it.each(['popup.html', 'guide.html#region=uk'])('Welsh %s names the days in Welsh, never in English', async (path) => {
    const page = await open(path);
    await page.selectOption('#region', 'uk');
    await chooseLanguage(page, 'cy');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(path === 'popup.html' ? WELSH_ON_MONDAY : WELSH_MONDAY);
    expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    await page.close();
  });
});

describe('Firefox: Welsh day names', () => {
  let firefox: LaunchedFirefox;
  let served: Loopback;

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: '.output/firefox-mv3' });
    served = await serveBuild('.output/firefox-mv3');
  });

  afterAll(async () => {
    await firefox?.close();
    served?.close();
  });

  it('the Welsh popup (its built files, on loopback: the clock can be set there), at a weekend, names Monday in Welsh and no day in English', async () => {
    const page = await popupAt(firefox.browser, served, SATURDAY_NOON);
    await page.select('#region', 'uk');
    await page.select('#lang', 'cy');
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(`${WELSH_ON_MONDAY} am 9yb`);
    expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    await page.close();
  });

  it('the Welsh guide, in the extension, names the days of the weekly hours in Welsh and none in English', async () => {
    const page = await openExtensionPage(firefox, 'guide.html#region=uk&lang=cy');
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(`${WELSH_MONDAY} – Dydd Iau`);
    expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    await page.close();
  });
});
