/**
 * A German browser (languages de-DE, zone Europe/Berlin) in Chromium and Firefox: both
 * pages open in German, with Germany's help first and German day names; the switch
 * reaches English and Cymraeg; nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { type LaunchedFirefox, launchFirefox, openExtensionPage } from '../../scripts/browsers/firefox';
import { usualSaturdayNoon } from './clock';
import { choose, chooseIn, chooseLanguage } from './choose';
import { type Loopback, popupAt, serveBuild } from './loopback';
import { NOTHING_STORED, readWebStorage } from './web-storage';

const GERMANY_FIRST = 'https://www.kein-taeter-werden.de/';
/** A Saturday, 1pm in Berlin: the UK helpline is closed until Monday. */
const SATURDAY = usualSaturdayNoon();
const ENGLISH_DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Runs in the page: its language, region, first link in the content and its text. */
function readPage() {
  return {
    lang: document.documentElement.lang,
    region: document.querySelector<HTMLSelectElement>('#region')?.value,
    first: document.querySelector('main a[href^="https:"]')?.getAttribute('href'),
    text: document.body.innerText,
  };
}

describe('Chromium in German', () => {
  let browser: Launched;

  beforeAll(async () => {
    browser = await launchChromium({ extensionDir: '.output/chrome-mv3', locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['popup.html', 'guide.html'])('%s opens in German, Germany’s help first, and switches to English and Cymraeg', async (path) => {
    const page = await browser.context.newPage();
    await page.clock.setFixedTime(SATURDAY);
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.waitForSelector('h1');
    const opened = await page.evaluate(readPage);
    expect(opened).toMatchObject({ lang: 'de', region: 'de', first: GERMANY_FIRST });

    // The UK helpline's days, in German: "Wieder erreichbar am Montag" (popup), "Montag bis Donnerstag" (guide).
    await choose(page, { region: 'uk' });
    const uk = await page.evaluate(readPage);
    expect(uk.text).toContain(
      path === 'popup.html' ? 'Wieder erreichbar am Montag ab 9 Uhr (britische Zeit, bei Ihnen 10 Uhr)' : 'Montag bis Donnerstag, 9 Uhr bis 21 Uhr',
    );
    expect(uk.text.match(ENGLISH_DAY)?.[0]).toBeUndefined();

    for (const lang of ['en', 'cy', 'de']) {
      await chooseLanguage(page, lang);
      expect(await page.evaluate(() => document.title)).toBe('Signpost');
    }
    expect(await page.evaluate(readWebStorage)).toEqual(NOTHING_STORED);
    await page.close();
  });

  it('the popup’s first render is already German: it waits for its language pack, with no English first', async () => {
    const page = await browser.context.newPage();
    // Before the page's own script: note the first heading the page ever holds.
    await page.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        const heading = document.querySelector('h1');
        if (!heading) return;
        (window as { firstHeading?: string | null }).firstHeading = heading.textContent;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForSelector('h1');
    expect(await page.evaluate(() => (window as { firstHeading?: string | null }).firstHeading)).toBe('Hilfe finden');
    await page.close();
  });
});

describe('Firefox in German', () => {
  let firefox: LaunchedFirefox;
  let served: Loopback;

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: '.output/firefox-mv3', languages: 'de-DE,de', timeZone: 'Europe/Berlin' });
    served = await serveBuild('.output/firefox-mv3');
  });

  afterAll(async () => {
    await firefox?.close();
    served?.close();
  });

  it('the popup (its built files, on loopback: the clock can be set there), at a weekend, names Monday in German', async () => {
    const page = await popupAt(firefox.browser, served, SATURDAY);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await chooseIn(page, { region: 'uk' });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('Wieder erreichbar am Montag ab 9 Uhr (britische Zeit, bei Ihnen 10 Uhr)');
    expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    await page.close();
  });

  it.each(['popup.html', 'guide.html'])('%s opens in German, Germany’s help first, and switches to English and Cymraeg', async (path) => {
    const page = await openExtensionPage(firefox, path);
    expect(await page.evaluate(readPage)).toMatchObject({ lang: 'de', region: 'de', first: GERMANY_FIRST });
    if (path === 'guide.html') {
      await chooseIn(page, { region: 'uk' });
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('Montag bis Donnerstag, 9 Uhr bis 21 Uhr');
      expect(text.match(ENGLISH_DAY)?.[0]).toBeUndefined();
    }
    for (const lang of ['en', 'cy', 'de']) {
      await page.select('#lang', lang);
      await page.waitForFunction((wanted) => document.documentElement.lang === wanted, {}, lang);
    }
    expect(await page.evaluate(readWebStorage)).toEqual(NOTHING_STORED);
    await page.close();
  });
});
