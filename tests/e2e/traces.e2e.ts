/**
 * "Sends nothing" includes what the browser does on the page's behalf, and "stores
 * nothing" includes the browser's own history. Proved with no proxy (a manual proxy hides
 * Firefox's DNS prefetch), from the browsers' own records:
 * - the resolver's log (Chromium's net log, Firefox's MOZ_LOG) holds no help site's name
 *   after every control of both pages is used and every link hovered and focused; only a
 *   click looks up a site, and only that one;
 * - the history database keeps no trail of the choices made.
 * Each is compared with a run of the same browser with no Signpost page open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANG_CODES } from '@/locales/langs';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { useEveryControlInPage } from './controls';
import { launchFirefox, type LaunchedFirefox, openExtensionPage } from '../../scripts/browsers/firefox';
import { chooseLanguage } from './language';
import { DIRECTORY_SITES, directorySitesIn, hostsFromMozLog, hostsFromNetLog, queryDatabase } from './traces';

const HELPLINE_PAGE = 'https://www.stopitnow.org.uk/helpline/';
const folders: string[] = [];

function scratch(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `signpost-${name}-`));
  folders.push(folder);
  return folder;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

it('knows the help sites it must not look up (the check has something to find)', () => {
  expect([...DIRECTORY_SITES]).toEqual(
    expect.arrayContaining(['stopitnow.org.uk', 'samaritans.org', 'iwf.org.uk', 'troubled-desire.com']),
  );
});

describe('Chromium, with no proxy', () => {
  let baseline: string[];
  let session: { hosts: string[]; history: Record<string, unknown>[]; base: string };
  let clicked: string[];

  async function run(
    extension: boolean,
    use: (browser: Launched, base: string) => Promise<void>,
  ): Promise<{ hosts: string[]; profile: string; base: string }> {
    const folder = scratch('chromium-netlog');
    const netLog = join(folder, 'netlog.json');
    const browser = await launchChromium({
      ...(extension ? { extensionDir: '.output/chrome-mv3' } : {}),
      netLog,
      keepProfile: true,
    });
    folders.push(browser.profile);
    const base = `chrome-extension://${browser.extensionId ?? ''}`;
    try {
      await use(browser, base);
      // Time for anything the pages set in motion (a prefetch, a preconnect) to happen.
      await pause(2000);
    } finally {
      await browser.close();
    }
    return { hosts: hostsFromNetLog(netLog), profile: browser.profile, base };
  }

  async function hoverAndFocusEveryLink(page: PlaywrightPage) {
    const regions = await page.locator('#region option').evaluateAll((options) =>
      options.map((option) => (option as HTMLOptionElement).value),
    );
    for (const region of regions) {
      await page.selectOption('#region', region);
      for (const link of await page.locator('a[href^="https:"]').all()) {
        if (!(await link.isVisible())) continue;
        await link.hover();
        await link.focus();
      }
    }
  }

  beforeAll(async () => {
    baseline = directorySitesIn(
      (
        await run(false, async ({ context }) => {
          await (await context.newPage()).goto('about:blank');
        })
      ).hosts,
    );

    const used = await run(true, async ({ context }, base) => {
      const popup = await context.newPage();
      await popup.goto(`${base}/popup.html`);
      await popup.waitForSelector('h1');
      expect((await popup.evaluate(useEveryControlInPage)).langs).toEqual(LANG_CODES);
      await hoverAndFocusEveryLink(popup);
      // The guide as a person opens it: from the popup, in the popup's region and language.
      await popup.selectOption('#region', 'ie');
      await chooseLanguage(popup, 'cy');
      const [guide] = await Promise.all([
        context.waitForEvent('page', (opened) => opened.url().startsWith(`${base}/guide.html`)),
        popup.locator('a[href^="/guide.html"]').click(),
      ]);
      await guide.waitForSelector('h1');
      const controls = await guide.evaluate(useEveryControlInPage);
      expect(controls.regions.length).toBeGreaterThan(5);
      await hoverAndFocusEveryLink(guide);
    });
    const history = await queryDatabase(
      join(used.profile, 'Default', 'History'),
      `SELECT url, title FROM urls WHERE url LIKE '${used.base}/%' ORDER BY id`,
    );
    session = { hosts: used.hosts, history, base: used.base };

    clicked = directorySitesIn(
      (
        await run(true, async ({ context }, base) => {
          const guide = await context.newPage();
          await guide.goto(`${base}/guide.html#region=uk&lang=en`);
          await guide.waitForSelector('h1');
          await Promise.all([context.waitForEvent('page'), guide.locator(`a[href="${HELPLINE_PAGE}"]`).first().click()]);
        })
      ).hosts,
    );
  });

  it('looks up no help site while every control is used and every link hovered and focused', () => {
    const looked = directorySitesIn(session.hosts).filter((site) => !baseline.includes(site));
    expect(looked, `Chromium looked up: ${looked.join(', ')}`).toEqual([]);
  });

  it('looks up only the site whose link is clicked (the log does record lookups)', () => {
    expect(clicked).toEqual(['stopitnow.org.uk']);
  });

  it('keeps no trail of choices in its History: at most the guide as it opened, titled Signpost', () => {
    const rows = session.history.map((row) => ({ url: String(row.url).slice(session.base.length), title: row.title }));
    // The test opens the popup in a tab, which a real popup never is; its address holds nothing.
    const popup = rows.filter((row) => row.url.startsWith('/popup.html'));
    expect(popup.map((row) => row.url)).toEqual(['/popup.html']);
    const guide = rows.filter((row) => !row.url.startsWith('/popup.html'));
    expect(guide.length, JSON.stringify(guide)).toBeLessThanOrEqual(1);
    for (const row of guide) {
      expect(row).toEqual({ url: '/guide.html#region=ie&lang=cy', title: 'Signpost' });
    }
  });
});

/** Sites Firefox alone looks up, with no add-on: shared by both builds' checks. */
let firefoxBaseline: Promise<string[]> | undefined;

describe.each(['firefox-mv2', 'firefox-mv3'])('Firefox (%s), with no proxy', (build) => {
  let baseline: string[];
  let session: { hosts: string[]; places: Record<string, unknown>[] };
  let clicked: string[];

  async function run(
    extension: boolean,
    use: (firefox: LaunchedFirefox) => Promise<void>,
  ): Promise<{ hosts: string[]; profile: string }> {
    const hostLog = scratch('firefox-log');
    const firefox = await launchFirefox({
      ...(extension ? { extensionDir: `.output/${build}` } : {}),
      hostLog,
      keepProfile: true,
    });
    folders.push(firefox.profile);
    try {
      await use(firefox);
      await pause(2000);
    } finally {
      await firefox.close();
    }
    return { hosts: hostsFromMozLog(hostLog), profile: firefox.profile };
  }

  async function hoverAndFocusEveryLink(page: PuppeteerPage) {
    const regions = await page.$$eval('#region option', (options) => options.map((option) => option.value));
    for (const region of regions) {
      await page.select('#region', region);
      for (const link of await page.$$('a[href^="https:"]')) {
        if (!(await link.isVisible())) continue;
        await link.hover();
        await link.focus();
      }
    }
  }

  beforeAll(async () => {
    firefoxBaseline ??= run(false, async ({ browser }) => {
      await browser.newPage();
    }).then(({ hosts }) => directorySitesIn(hosts));
    baseline = await firefoxBaseline;

    const used = await run(true, async (firefox) => {
      for (const path of ['popup.html', 'guide.html#region=ie&lang=en']) {
        const page = await openExtensionPage(firefox, path);
        expect((await page.evaluate(useEveryControlInPage)).langs).toEqual(LANG_CODES);
        await hoverAndFocusEveryLink(page);
        await page.close();
      }
    });
    const places = await queryDatabase(
      join(used.profile, 'places.sqlite'),
      "SELECT url, title FROM moz_places WHERE url LIKE 'moz-extension:%'",
    );
    session = { hosts: used.hosts, places };

    clicked = directorySitesIn(
      (
        await run(true, async (firefox) => {
          const guide = await openExtensionPage(firefox, 'guide.html#region=uk&lang=en');
          await guide.click(`a[href="${HELPLINE_PAGE}"]`);
          // The new tab is Firefox's own; give its lookup time to happen.
          await pause(2000);
        })
      ).hosts,
    );
  });

  it('looks up no help site while every control is used and every link hovered and focused', () => {
    const looked = directorySitesIn(session.hosts).filter((site) => !baseline.includes(site));
    expect(looked, `Firefox looked up: ${looked.join(', ')}`).toEqual([]);
  });

  it('looks up only the site whose link is clicked (the log does record lookups)', () => {
    expect(clicked).toEqual(['stopitnow.org.uk']);
  });

  it('keeps no Signpost page in its history (places.sqlite)', () => {
    expect(session.places).toEqual([]);
  });
});
