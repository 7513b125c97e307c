/**
 * No "Open now" or "Closed now" on a UK bank holiday, where a person reads it: both pages
 * in Chromium, for the UK and Ireland (the UK helpline serves both), and the popup in
 * Firefox (its built files on loopback, where the clock can be set). On a usual weekday
 * both still say "Open now". The days come from the same table the build made, so the
 * check follows the build's years.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, chooseIn } from './choose';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { type LaunchedFirefox, launchFirefox } from '../../scripts/browsers/firefox';
import { BANK_HOLIDAYS, CHRISTMAS, MONDAY_HOLIDAY, NORTHERN_IRELAND_ONLY, SCOTLAND_ONLY, USUAL_TUESDAY } from './clock';
import { type Loopback, popupAt, serveBuild } from './loopback';

const noonInLondon = (day: string) => new Date(`${day}T12:00:00Z`);

const HOLIDAY = /Today is a bank holiday in (the UK|England, Wales and Northern Ireland|England and Wales|Scotland|Northern Ireland|part of the UK), so the hours may differ\./;
const USUAL_HOURS = /Usual hours today: 9am to [59]pm \(UK time\)\.|Usually closed today\./;
const OPEN_OR_CLOSED = /Open now|Closed now/;

it('tests real bank holidays and a usual day (the check has something to find)', () => {
  expect(BANK_HOLIDAYS).toContain(CHRISTMAS);
  expect([MONDAY_HOLIDAY, USUAL_TUESDAY, SCOTLAND_ONLY, NORTHERN_IRELAND_ONLY].every(Boolean)).toBe(true);
});

describe('Chromium', () => {
  let browser: Launched;

  beforeAll(async () => {
    browser = await launchChromium({ extensionDir: '.output/chrome-mv3' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function textAt(path: string, region: string, at: Date): Promise<string> {
    const page = await browser.context.newPage();
    await page.clock.setFixedTime(at);
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.waitForSelector('h1');
    await choose(page, { region: region });
    const text = await page.evaluate(() => document.body.innerText);
    await page.close();
    return text;
  }

  describe.each(['popup.html', 'guide.html'])('%s', (path) => {
    // The guide gives the day's usual hours; the popup, the short form, only the holiday.
    it.each(['uk', 'ie'])(`on ${CHRISTMAS}, ${MONDAY_HOLIDAY}, Scotland's ${SCOTLAND_ONLY} and Northern Ireland's ${NORTHERN_IRELAND_ONLY}, in %s: a bank holiday, no "Open now" or "Closed now"`, async (region) => {
      for (const day of [CHRISTMAS, MONDAY_HOLIDAY, SCOTLAND_ONLY, NORTHERN_IRELAND_ONLY]) {
        const text = await textAt(path, region, noonInLondon(day));
        expect(text, day).toMatch(HOLIDAY);
        if (path === 'guide.html') expect(text, day).toMatch(USUAL_HOURS);
        else expect(text, day).not.toMatch(USUAL_HOURS);
        expect(text.match(OPEN_OR_CLOSED)?.[0], day).toBeUndefined();
      }
    });

    it.each(['uk', 'ie'])(`on a usual weekday (${USUAL_TUESDAY}), in %s: open now`, async (region) => {
      const text = await textAt(path, region, noonInLondon(USUAL_TUESDAY));
      expect(text).toContain('Open now, until 9pm UK time.');
      expect(text).not.toMatch(HOLIDAY);
    });
  });
});

describe('Firefox: the popup', () => {
  let firefox: LaunchedFirefox;
  let served: Loopback;

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: '.output/firefox-mv3', timeZone: 'Europe/London' });
    served = await serveBuild('.output/firefox-mv3');
  });

  afterAll(async () => {
    await firefox?.close();
    served?.close();
  });

  async function textAt(region: string, at: Date): Promise<string> {
    const page = await popupAt(firefox.browser, served, at);
    await chooseIn(page, { region: region });
    const text = await page.evaluate(() => document.body.innerText);
    await page.close();
    return text;
  }

  it.each(['uk', 'ie'])(`on ${CHRISTMAS}, ${MONDAY_HOLIDAY}, ${SCOTLAND_ONLY} and ${NORTHERN_IRELAND_ONLY}, in %s: a bank holiday, no "Open now" or "Closed now"`, async (region) => {
    for (const day of [CHRISTMAS, MONDAY_HOLIDAY, SCOTLAND_ONLY, NORTHERN_IRELAND_ONLY]) {
      const text = await textAt(region, noonInLondon(day));
      expect(text, day).toMatch(HOLIDAY);
      expect(text, day).not.toMatch(USUAL_HOURS);
      expect(text.match(OPEN_OR_CLOSED)?.[0], day).toBeUndefined();
    }
  });

  it.each(['uk', 'ie'])(`on a usual weekday (${USUAL_TUESDAY}), in %s: open now`, async (region) => {
    expect(await textAt(region, noonInLondon(USUAL_TUESDAY))).toContain('Open now, until 9pm UK time.');
  });
});
