/**
 * What each region shows, in the real extension: each region's expected.ts in Chromium,
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
import { EXPECTED, problemsWith } from '../expected';
import { usualSaturdayNoon } from './clock';
import { choose, chooseIn } from './choose';
import { type Loopback, popupAt, serveBuild } from './loopback';

/** A Saturday, noon in the UK, after the build: the helpline is closed until Monday. */
const SATURDAY_NOON = usualSaturdayNoon();
const ENGLISH_DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;
const WELSH_MONDAY = 'Dydd Llun';
// After "yn agor" (opens) the day mutates, as the Welsh review asks: "Yn agor ddydd Llun am 9yb".
const WELSH_ON_MONDAY = 'ddydd Llun';

describe('Chromium: every region, in every language', () => {
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

  it.each(EXPECTED.flatMap((expected) => LANG_CODES.map((lang) => [expected.region, lang, expected.shows] as const)))(
    '%s in %s: the popup and the guide show what its expectations say',
    async (region, lang, shows) => {
      const tr = translatorFor(lang);
      for (const [path, page] of [['popup.html', 'popup'], ['guide.html', 'guide']] as const) {
        const opened = await open(path);
        await choose(opened, { region, lang });
        expect(problemsWith(new JSDOM(await opened.content()).window.document, region, shows, page, tr)).toEqual([]);
        await opened.close();
      }
    },
  );

  it.each(['popup.html', 'guide.html'])('Welsh %s names the days in Welsh, never in English', async (path) => {
    const page = await open(path);
    await choose(page, { region: 'uk', lang: 'cy' });
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
    await chooseIn(page, { region: 'uk', lang: 'cy' });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(`${WELSH_ON_MONDAY} am 9yb`);
    expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    await page.close();
  });

  it('the Welsh guide, in the extension, names the days of the weekly hours in Welsh and none in English', async () => {
    const page = await openExtensionPage(firefox, 'guide.html');
    await chooseIn(page, { region: 'uk', lang: 'cy' });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(`${WELSH_MONDAY} – Dydd Iau`);
    expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    await page.close();
  });
});
