/**
 * The popup is one screen: 400 x 600, no scrolling, in every region and every language, at
 * every kind of moment its lines' hours can speak of (open, closed until tomorrow or a later
 * day, a public holiday, the evening before one), with the person's clock where the region
 * is and, for lines with weekly hours, half a world away (the longest "your time"), in
 * Chromium and in Firefox. What is on it: the helpline and its number, what it costs, what
 * it passes on, the crisis line, "if your life is in danger", "a child in danger now" and
 * the link to the guide.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { RegionId } from '@/data/directory';
import { REGION_IDS } from '@/data/directory';
import { LANG_CODES } from '@/locales/langs';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { launchFirefox, type LaunchedFirefox } from '../../scripts/browsers/firefox';
import { choose, chooseIn } from './choose';
import { type Loopback, popupAt, serveBuild } from './loopback';

/** The popup as a browser shows it: its content's size, up to 800 x 600; Signpost's is 400 wide. */
const POPUP = { width: 400, height: 600 };

/** Where a person there would be: a zone of each region ("Somewhere else": Tokyo). */
const HOME: Record<RegionId, string> = {
  uk: 'Europe/London',
  ie: 'Europe/Dublin',
  us: 'America/New_York',
  ca: 'America/Toronto',
  au: 'Australia/Sydney',
  de: 'Europe/Berlin',
  at: 'Europe/Vienna',
  ch: 'Europe/Zurich',
  nl: 'Europe/Amsterdam',
  be: 'Europe/Brussels',
  fr: 'Europe/Paris',
  no: 'Europe/Oslo',
  nz: 'Pacific/Auckland',
  elsewhere: 'Asia/Tokyo',
};
/** Half a world from the lines with weekly hours: their times come with the person's own, and a day name. */
const FAR = 'Pacific/Auckland';

const TUESDAY_NOON = '2026-12-08T12:00:00Z';
/**
 * Moments whose status sentences differ, for the regions whose popup shows weekly hours
 * (the UK helpline in the UK and Ireland, Stop it Now! Bruxelles, Germany's young people's
 * line); every other region shows the same at any hour.
 */
const MOMENTS: Partial<Record<string, readonly string[]>> = {
  // Open; closed, opens tomorrow; a Saturday, opens Monday; Christmas Day; the evening before it.
  uk: [TUESDAY_NOON, '2026-12-08T22:00:00Z', '2026-12-12T12:00:00Z', '2026-12-25T12:00:00Z', '2026-12-24T22:00:00Z'],
  ie: [TUESDAY_NOON, '2026-12-08T22:00:00Z', '2026-12-12T12:00:00Z', '2026-12-25T12:00:00Z', '2026-12-24T22:00:00Z'],
  // Open (Monday 2:30pm); closed until Wednesday; closed until Friday; Christmas Day; the evening before it.
  be: ['2026-12-07T13:30:00Z', '2026-12-08T11:00:00Z', '2026-12-09T19:00:00Z', '2026-12-25T11:00:00Z', '2026-12-24T19:00:00Z'],
  // Closed, opens today; open; a holiday of some German states (Epiphany, a Wednesday).
  de: ['2026-12-05T11:00:00Z', TUESDAY_NOON, '2027-01-06T12:00:00Z'],
};

interface Run {
  region: RegionId;
  zone: string;
  at: string;
}

/** Every popup to look at, by the zone the browser runs in. */
const RUNS: Run[] = REGION_IDS.flatMap((region) => {
  const moments = MOMENTS[region] ?? [TUESDAY_NOON];
  const zones = MOMENTS[region] ? [HOME[region], FAR] : [HOME[region]];
  return zones.flatMap((zone) => moments.map((at) => ({ region, zone, at })));
});
const ZONES = [...new Set(RUNS.map((run) => run.zone))];

/** Runs in the page: how far it scrolls, each way, and whether the help a person needs is on it. */
function measure() {
  const scroller = document.scrollingElement ?? document.documentElement;
  const has = (selector: string) => Boolean(document.querySelector(selector));
  return {
    down: scroller.scrollHeight - window.innerHeight,
    across: scroller.scrollWidth - window.innerWidth,
    crisis: has('.crisis .crisis-line'),
    ownLife: has('.crisis .own-life'),
    child: has('.crisis .child-in-danger'),
    guide: has('a[href="/guide.html"]'),
  };
}

/** What is wrong with a measured popup, in words. */
function problems(what: string, measured: ReturnType<typeof measure>): string[] {
  return [
    ...(measured.down > 0 ? [`${what} scrolls ${measured.down} px down`] : []),
    ...(measured.across > 0 ? [`${what} scrolls ${measured.across} px sideways`] : []),
    ...(['crisis', 'ownLife', 'child', 'guide'] as const).filter((part) => !measured[part]).map((part) => `${what} has no ${part}`),
  ];
}

it('looks at every region, every language, and the moments of every line with hours (the check has something to find)', () => {
  expect(RUNS.length * LANG_CODES.length).toBeGreaterThan(150);
  expect(problems('x', { down: 1, across: 0, crisis: true, ownLife: true, child: true, guide: true })).toEqual(['x scrolls 1 px down']);
});

// Each browser is launched once per zone, and shows every popup of that zone in turn.
const PER_ZONE = 300_000;

describe('Chromium', () => {
  it.each(ZONES)('with the clock in %s, no popup scrolls', { timeout: PER_ZONE }, async (zone) => {
    const found: string[] = [];
    const browser: Launched = await launchChromium({ extensionDir: '.output/chrome-mv3', timezoneId: zone });
    try {
      const page: PlaywrightPage = await browser.context.newPage();
      await page.setViewportSize(POPUP);
      for (const { region, at } of RUNS.filter((run) => run.zone === zone)) {
        await page.clock.setFixedTime(new Date(at));
        for (const lang of LANG_CODES) {
          await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
          await page.waitForSelector('h1');
          await choose(page, { region, lang });
          found.push(...problems(`${region} in ${lang} at ${at} (${zone})`, await page.evaluate(measure)));
        }
      }
    } finally {
      await browser.close();
    }
    expect(found).toEqual([]);
  });
});

describe('Firefox', () => {
  it.each(ZONES)('with the clock in %s, no popup scrolls', { timeout: PER_ZONE }, async (zone) => {
    const found: string[] = [];
    const firefox: LaunchedFirefox = await launchFirefox({ extensionDir: '.output/firefox-mv3', timeZone: zone });
    const served: Loopback = await serveBuild('.output/firefox-mv3');
    try {
      for (const { region, at } of RUNS.filter((run) => run.zone === zone)) {
        for (const lang of LANG_CODES) {
          const page: PuppeteerPage = await popupAt(firefox.browser, served, new Date(at));
          await page.setViewport(POPUP);
          await chooseIn(page, { region, lang });
          found.push(...problems(`${region} in ${lang} at ${at} (${zone})`, await page.evaluate(measure)));
          await page.close();
        }
      }
    } finally {
      served.close();
      await firefox.close();
    }
    expect(found).toEqual([]);
  });
});

