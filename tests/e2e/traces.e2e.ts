/**
 * "Sends nothing" includes what the browser does on the page's behalf, and "stores
 * nothing" includes the browser's own history. Proved with no proxy (a manual proxy hides
 * Firefox's DNS prefetch), from the browsers' own records:
 * - the resolver's log (Chromium's net log, Firefox's MOZ_LOG), after every control of
 *   both pages is used and every link hovered, focused, and pressed then let go of
 *   elsewhere (a press taken back is not a click), names no host that the same browser does
 *   not also look up in a run as long with no Signpost page: any host, not only the help
 *   sites. Only a click looks up a site, and only that one;
 * - the history database keeps no trail of the choices made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle as PlaywrightElement, Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle as PuppeteerElement, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANG_CODES } from '@/locales/langs';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { useEveryControlInPage } from './controls';
import { launchFirefox, type LaunchedFirefox, openExtensionPage, openTabUrls } from '../../scripts/browsers/firefox';
import { choose, chooseIn, chooseLanguage } from './choose';
import { DIRECTORY_SITES, directorySitesIn, hostsFromMozLog, hostsFromNetLog, queryDatabase } from './traces';

const HELPLINE_PAGE = 'https://www.stopitnow.org.uk/helpline/';
const folders: string[] = [];

function scratch(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `signpost-${name}-`));
  folders.push(folder);
  return folder;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A press taken back: the mouse goes down on a link, moves away to the page's edge and is
 * let go there, as a person who hesitates. Each address once: the same links recur in
 * every region.
 */
async function pressAndLetGoElsewhere(
  mouse: { move(x: number, y: number, options?: { steps: number }): Promise<void>; down(): Promise<void>; up(): Promise<void> },
  link: PlaywrightElement | PuppeteerElement<Element>,
  href: string,
  pressed: Set<string>,
): Promise<void> {
  if (pressed.has(href)) return;
  const box = await link.boundingBox();
  if (!box) return;
  pressed.add(href);
  const y = box.y + box.height / 2;
  await mouse.move(box.x + box.width / 2, y);
  await mouse.down();
  await mouse.move(2, y, { steps: 4 });
  await mouse.up();
}

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
  /** Tabs of other websites open at the end of the session: a press taken back opens none. */
  let opened: string[] = [];

  async function run(
    extension: boolean,
    use: (browser: Launched, base: string) => Promise<void>,
  ): Promise<{ hosts: string[]; profile: string; base: string; ms: number }> {
    const folder = scratch('chromium-netlog');
    const netLog = join(folder, 'netlog.json');
    const browser = await launchChromium({
      ...(extension ? { extensionDir: '.output/chrome-mv3' } : {}),
      netLog,
      keepProfile: true,
    });
    folders.push(browser.profile);
    const base = `chrome-extension://${browser.extensionId ?? ''}`;
    const started = Date.now();
    let ms = 0;
    try {
      await use(browser, base);
      ms = Date.now() - started;
      // Time for anything the pages set in motion (a prefetch, a preconnect) to happen.
      await pause(2000);
    } finally {
      await browser.close();
    }
    return { hosts: hostsFromNetLog(netLog), profile: browser.profile, base, ms };
  }

  async function hoverFocusAndPressEveryLink(page: PlaywrightPage) {
    const regions = await page.locator('#region option').evaluateAll((options) =>
      options.map((option) => (option as HTMLOptionElement).value),
    );
    const pressed = new Set<string>();
    for (const region of regions) {
      await choose(page, { region: region });
      // Handles, not selectors: a link under the pointer holds its address back.
      for (const link of await page.locator('a[href^="https:"]').elementHandles()) {
        const href = (await link.getAttribute('href')) ?? '';
        if (!(await link.isVisible())) continue;
        await link.hover();
        await link.focus();
        await pressAndLetGoElsewhere(page.mouse, link, href, pressed);
      }
    }
    expect(pressed.size, 'links pressed').toBeGreaterThan(10);
  }

  beforeAll(async () => {
    const used = await run(true, async ({ context }, base) => {
      const popup = await context.newPage();
      await popup.goto(`${base}/popup.html`);
      await popup.waitForSelector('h1');
      expect((await popup.evaluate(useEveryControlInPage)).langs).toEqual(LANG_CODES);
      await hoverFocusAndPressEveryLink(popup);
      // The guide as a person opens it: from the popup, in the popup's region and language.
      await choose(popup, { region: 'ie' });
      await chooseLanguage(popup, 'cy');
      const [guide] = await Promise.all([
        context.waitForEvent('page', (opened) => opened.url().startsWith(`${base}/guide.html`)),
        popup.locator('a[href^="/guide.html"]').click(),
      ]);
      await guide.waitForSelector('h1');
      const controls = await guide.evaluate(useEveryControlInPage);
      expect(controls.regions.length).toBeGreaterThan(5);
      await hoverFocusAndPressEveryLink(guide);
      opened = context.pages().map((page) => page.url()).filter((url) => !url.startsWith(base) && url !== 'about:blank');
    });
    const history = await queryDatabase(
      join(used.profile, 'Default', 'History'),
      `SELECT url, title FROM urls WHERE url LIKE '${used.base}/%' ORDER BY id`,
    );
    session = { hosts: used.hosts, history, base: used.base };

    // Chromium's own lookups (its update and account checks) come at start and on timers:
    // the run with no Signpost page lasts as long as the session, to meet the same ones.
    baseline = (
      await run(false, async ({ context }) => {
        await (await context.newPage()).goto('about:blank');
        await pause(used.ms);
      })
    ).hosts;

    clicked = directorySitesIn(
      (
        await run(true, async ({ context }, base) => {
          const guide = await context.newPage();
          await guide.goto(`${base}/guide.html`);
          await guide.waitForSelector('h1');
          await Promise.all([context.waitForEvent('page'), guide.locator(`a[href="${HELPLINE_PAGE}"]`).first().click()]);
        })
      ).hosts,
    );
  });

  it('looks up no host Chromium does not look up alone, while every control is used and every link hovered, focused, and pressed then let go of elsewhere', () => {
    const looked = session.hosts.filter((host) => !baseline.includes(host));
    expect(looked, `Chromium looked up: ${looked.join(', ')}; alone: ${baseline.join(', ')}`).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('looks up only the site whose link is clicked (the log does record lookups)', () => {
    expect(clicked).toEqual(['stopitnow.org.uk']);
  });

  it('keeps no trail of choices in its History: at most the guide, its address bare, titled Signpost', () => {
    const rows = session.history.map((row) => ({ url: String(row.url).slice(session.base.length), title: row.title }));
    // The test opens the popup in a tab, which a real popup never is; its address holds nothing.
    const popup = rows.filter((row) => row.url.startsWith('/popup.html'));
    expect(popup.map((row) => row.url)).toEqual(['/popup.html']);
    const guide = rows.filter((row) => !row.url.startsWith('/popup.html'));
    expect(guide.length, JSON.stringify(guide)).toBeLessThanOrEqual(1);
    for (const row of guide) {
      expect(row).toEqual({ url: '/guide.html', title: 'Signpost' });
    }
  });
});

/** Hosts Firefox alone looks up, with no add-on: shared by both builds' checks. */
let firefoxBaseline: Promise<string[]> | undefined;

describe.each(['firefox-mv2', 'firefox-mv3'])('Firefox (%s), with no proxy', (build) => {
  let baseline: string[];
  let session: { hosts: string[]; places: Record<string, unknown>[] };
  let clicked: string[];
  let opened: string[] = [];

  async function run(
    extension: boolean,
    use: (firefox: LaunchedFirefox) => Promise<void>,
  ): Promise<{ hosts: string[]; profile: string; ms: number }> {
    const hostLog = scratch('firefox-log');
    const firefox = await launchFirefox({
      ...(extension ? { extensionDir: `.output/${build}` } : {}),
      hostLog,
      keepProfile: true,
      // Puppeteer turns Firefox's speculative connections off; a person's Firefox makes them
      // (20 at a time by default), and each starts with a lookup.
      prefs: { 'network.http.speculative-parallel-limit': 20 },
    });
    folders.push(firefox.profile);
    const started = Date.now();
    let ms = 0;
    try {
      await use(firefox);
      ms = Date.now() - started;
      await pause(2000);
    } finally {
      await firefox.close();
    }
    return { hosts: hostsFromMozLog(hostLog), profile: firefox.profile, ms };
  }

  async function hoverFocusAndPressEveryLink(page: PuppeteerPage) {
    const regions = await page.$$eval('#region option', (options) => options.map((option) => option.value));
    const pressed = new Set<string>();
    for (const region of regions) {
      await chooseIn(page, { region: region });
      for (const link of await page.$$('a[href^="https:"]')) {
        const href = await link.evaluate((element) => element.getAttribute('href') ?? '');
        if (!(await link.isVisible())) continue;
        await link.hover();
        await link.focus();
        await pressAndLetGoElsewhere(page.mouse, link, href, pressed);
      }
    }
    expect(pressed.size, 'links pressed').toBeGreaterThan(10);
  }

  beforeAll(async () => {
    const used = await run(true, async (firefox) => {
      for (const path of ['popup.html', 'guide.html']) {
        const page = await openExtensionPage(firefox, path);
        expect((await page.evaluate(useEveryControlInPage)).langs).toEqual(LANG_CODES);
        await hoverFocusAndPressEveryLink(page);
        await page.close();
      }
      opened = (await openTabUrls(firefox)).filter((url) => url.startsWith('http'));
    });
    const places = await queryDatabase(
      join(used.profile, 'places.sqlite'),
      "SELECT url, title FROM moz_places WHERE url LIKE 'moz-extension:%'",
    );
    session = { hosts: used.hosts, places };

    // Firefox's own lookups (its remote settings, the BiDi connection's localhost) come at
    // start and on timers: the run with no add-on lasts as long as the first build's session.
    firefoxBaseline ??= run(false, async ({ browser }) => {
      await browser.newPage();
      await pause(used.ms);
    }).then(({ hosts }) => hosts);
    baseline = await firefoxBaseline;

    clicked = directorySitesIn(
      (
        await run(true, async (firefox) => {
          const guide = await openExtensionPage(firefox, 'guide.html');
          await guide.click(`a[href="${HELPLINE_PAGE}"]`);
          // The new tab is Firefox's own; give its lookup time to happen.
          await pause(2000);
        })
      ).hosts,
    );
  });

  it('looks up no host Firefox does not look up alone, while every control is used and every link hovered, focused, and pressed then let go of elsewhere', () => {
    const looked = session.hosts.filter((host) => !baseline.includes(host));
    expect(looked, `Firefox looked up: ${looked.join(', ')}; alone: ${baseline.join(', ')}`).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('looks up only the site whose link is clicked (the log does record lookups)', () => {
    expect(clicked).toEqual(['stopitnow.org.uk']);
  });

  it('keeps no Signpost page in its history (places.sqlite)', () => {
    expect(session.places).toEqual([]);
  });
});
