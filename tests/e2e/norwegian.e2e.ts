/**
 * A Norwegian browser in Chromium and Firefox (zone Europe/Oslo): both pages open in
 * Norwegian Bokmål, whether the browser says nb, no or nn, with Norwegian day names and
 * times ("mandag kl. 09.00") from the locale file and no English day name, at a time the
 * UK helpline is closed for the weekend. (Which place Oslo opens is the places' tests'; that
 * the Norwegian popup fits its one screen in every place, one-screen.e2e.ts's.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { type LaunchedFirefox, launchFirefox, openExtensionPage } from '../../scripts/browsers/firefox';
import { usualSaturdayNoon } from './clock';
import { choose, chooseIn } from './choose';
import { type Loopback, popupAt, serveBuild } from './loopback';

/** A Saturday, 1pm in Oslo: the UK helpline is closed until Monday, 9am UK time (10.00 in Oslo). */
const SATURDAY = usualSaturdayNoon();
const ENGLISH_DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;
/** What each page says of the UK helpline's hours, in Norwegian. */
const NORWEGIAN = {
  'popup.html': 'Stengt nå. Åpner mandag kl. 09.00 britisk tid (kl. 10.00 der du er).',
  'guide.html': 'Åpent mandag til torsdag, kl. 09.00 til kl. 21.00 (britisk tid)',
} as const;
const PAGES = ['popup.html', 'guide.html'] as const;

describe.each(['nb-NO', 'no-NO', 'nn-NO'])('Chromium in %s', (locale) => {
  let browser: Launched;

  beforeAll(async () => {
    browser = await launchChromium({ extensionDir: '.output/chrome-mv3', locale, timezoneId: 'Europe/Oslo' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.clock.setFixedTime(SATURDAY);
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.waitForSelector('h1');
    return page;
  }

  it.each(PAGES)('%s opens in Norwegian, with Norwegian day names and times and no English day', async (path) => {
    const page = await open(path);
    expect(await page.evaluate(() => navigator.languages[0])).toBe(locale);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await page.locator('#lang').inputValue()).toBe('nb');
    await choose(page, { region: 'uk' });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(NORWEGIAN[path]);
    expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    await page.close();
  });
});

describe('Firefox in Norwegian (nb-NO, nb, no-NO, no, nn-NO, nn, as its Norwegian build asks)', () => {
  let firefox: LaunchedFirefox;
  let served: Loopback;

  beforeAll(async () => {
    firefox = await launchFirefox({
      extensionDir: '.output/firefox-mv3',
      languages: 'nb-NO,nb,no-NO,no,nn-NO,nn,en-US,en',
      timeZone: 'Europe/Oslo',
    });
    served = await serveBuild('.output/firefox-mv3');
  });

  afterAll(async () => {
    await firefox?.close();
    served?.close();
  });

  it('the popup (its built files, on loopback: the clock can be set there), at a weekend, names Monday in Norwegian and no day in English', async () => {
    const page = await popupAt(firefox.browser, served, SATURDAY);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    await chooseIn(page, { region: 'uk' });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(NORWEGIAN['popup.html']);
    expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    await page.close();
  });

  it.each(PAGES)('%s, in the extension, opens in Norwegian and names no day in English', async (path) => {
    const page = await openExtensionPage(firefox, path);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    await chooseIn(page, { region: 'uk' });
    const text = await page.evaluate(() => document.body.innerText);
    if (path === 'guide.html') expect(text).toContain(NORWEGIAN[path]);
    expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    await page.close();
  });
});
