/**
 * "Stores nothing" includes the browser's session store, which keeps a closed tab (and,
 * at quit, every open one) to reopen it, with the state of its form controls. A country
 * and a language are chosen in the popup and the guide, then the tabs are closed, the
 * guide is left with "Exit this page", and the browser quits; the session files on disk
 * must hold no choice. Each run also shows the guide is in those files, so the check
 * cannot pass on an empty store.
 * The popup is opened in a tab here, which a real popup never is: its region picker is
 * the guide's, and a tab is where the session store would see it.
 */
import { rmSync } from 'node:fs';
import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browsers/chromium';
import { launchFirefox, openExtensionPage } from '../../scripts/browsers/firefox';
import { choose, chooseIn } from './choose';
import { chromiumSessionFiles, firefoxSessionFiles, holds, occurrences, otherAddresses, tabStates } from './session-store';

/** A country no test browser starts in (the time zone and languages say UK or US). */
const REGION = 'elsewhere';
/** The languages chosen: neither is the browser's. */
const POPUP_LANG = 'cy';
const GUIDE_LANG = 'de';
/** The addresses the pages open at; the session may keep these, and nothing chosen after. */
const OPENED = ['popup.html', 'guide.html'];
/** What a choice would leave in a page's state or address. */
const CHOICES = [REGION, `lang=${POPUP_LANG}`, `lang=${GUIDE_LANG}`];
/** Time for the page's state to reach the browser and be written (Chromium 2.5 s after a change; Firefox every second here). */
const SAVE_TIME = 4000;
const STEPS = ['closing the tabs', 'Exit this page', 'quitting'] as const;

const folders: string[] = [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('Chromium', () => {
  let base: string;
  const snapshots = new Map<string, Map<string, Buffer>>();

  async function chooseThere(page: PlaywrightPage, lang: string) {
    expect(await page.inputValue('#region')).not.toBe(REGION);
    await choose(page, { region: REGION, lang });
  }

  async function openAndChoose(context: BrowserContext, path: string, lang: string) {
    const page = await context.newPage();
    await page.goto(`${base}/${path}`);
    await page.waitForSelector('h1');
    await chooseThere(page, lang);
    return page;
  }

  beforeAll(async () => {
    const browser = await launchChromium({ extensionDir: '.output/chrome-mv3', keepProfile: true });
    folders.push(browser.profile);
    base = `chrome-extension://${browser.extensionId ?? ''}`;
    const { context } = browser;
    try {
      // A tab that stays, so the window outlives the pages closed.
      await (await context.newPage()).goto('about:blank');

      const popup = await openAndChoose(context, OPENED[0]!, POPUP_LANG);
      const guide = await openAndChoose(context, OPENED[1]!, GUIDE_LANG);
      await guide.evaluate(() => document.getElementById('crisis-heading')?.scrollIntoView());
      // A person reads for a while before leaving: the page's state has reached the browser.
      await pause(SAVE_TIME);
      await popup.close();
      await guide.close();
      await pause(SAVE_TIME);
      snapshots.set('closing the tabs', chromiumSessionFiles(browser.profile));

      const exiting = await openAndChoose(context, OPENED[1]!, GUIDE_LANG);
      await pause(SAVE_TIME);
      await Promise.all([exiting.waitForEvent('close'), exiting.locator('button[data-exit]').click()]);
      await pause(SAVE_TIME);
      snapshots.set('Exit this page', chromiumSessionFiles(browser.profile));

      await openAndChoose(context, OPENED[0]!, POPUP_LANG);
      await openAndChoose(context, OPENED[1]!, GUIDE_LANG);
      await pause(SAVE_TIME);
    } finally {
      await browser.close();
    }
    snapshots.set('quitting', chromiumSessionFiles(browser.profile));
  });

  it('keeps the guide in its session files, open and recently closed (the check has something to find)', () => {
    for (const step of STEPS) {
      const files = [...snapshots.get(step)!].filter(([, bytes]) => holds(bytes, `${base}/guide.html`));
      expect(files.map(([name]) => name.replace(/_\d+$/, '')).sort(), step).toEqual(['Session', 'Tabs']);
    }
    // The guide left with "Exit this page" joined the recently closed list.
    const closedGuides = (step: string) =>
      [...snapshots.get(step)!]
        .filter(([name]) => name.startsWith('Tabs_'))
        .reduce((count, [, bytes]) => count + occurrences(bytes, `${base}/guide.html`), 0);
    expect(closedGuides('Exit this page')).toBeGreaterThan(closedGuides('closing the tabs'));
  });

  it.each(STEPS)('keeps no country or language chosen in its session files after %s', (step) => {
    const kept: string[] = [];
    for (const [name, bytes] of snapshots.get(step)!) {
      for (const choice of CHOICES) if (holds(bytes, choice)) kept.push(`${name} holds "${choice}"`);
      // Blink's record of a page's form controls, whatever value they hold.
      if (holds(bytes, 'Blink serialized form state')) kept.push(`${name} holds a page's form state`);
      for (const address of otherAddresses(bytes, `${base}/`, OPENED.map((path) => `${base}/${path}`))) {
        kept.push(`${name} holds ${address}`);
      }
    }
    expect(kept, kept.join('\n')).toEqual([]);
  });
});

describe('Firefox', () => {
  let base: string;
  const snapshots = new Map<string, Map<string, unknown>>();
  /** How far down the guide that is closed was read. */
  let scrolledTo: number;

  async function chooseThere(page: PuppeteerPage, lang: string) {
    expect(await page.$eval('#region', (select) => (select as HTMLSelectElement).value)).not.toBe(REGION);
    await chooseIn(page, { region: REGION, lang });
  }

  /** Where the guide lies in each session file (windows.0._closedTabs.1.state), open or closed. */
  function guidePlaces(files: Map<string, unknown>): string[] {
    return [...files].flatMap(([name, session]) =>
      tabStates(session)
        .filter(({ tab }) => tab.entries.some((entry) => entry.url?.startsWith(`${base}/guide.html`)))
        .map(({ path }) => `${name} ${path}`),
    );
  }

  /** Closed guides in recovery.jsonlz4: in the windows' closed tabs, and in closed windows. */
  function closedGuides(files: Map<string, unknown>): { tabs: number; windows: number } {
    const places = guidePlaces(files).filter((place) => place.startsWith('sessionstore-backups/recovery.jsonlz4'));
    return {
      tabs: places.filter((place) => /^\S+ windows\.\d+\._closedTabs\./.test(place)).length,
      windows: places.filter((place) => place.includes(' _closedWindows.')).length,
    };
  }

  /** Firefox's session files once they show what just happened: it writes them in its own time. */
  async function sessionShowing(profile: string, done: (files: Map<string, unknown>) => boolean) {
    for (let tries = 0; ; tries++) {
      const files = firefoxSessionFiles(profile);
      if (done(files) || tries === 60) return files;
      await pause(1000);
    }
  }

  beforeAll(async () => {
    const firefox = await launchFirefox({
      extensionDir: '.output/firefox-mv3',
      keepProfile: true,
      prefs: {
        // Puppeteer turns this off; a person's Firefox keeps it on, and it decides what is written.
        'browser.sessionstore.resume_from_crash': true,
        // Firefox writes its session every 15 seconds; every second here, so the test waits less.
        'browser.sessionstore.interval': 1000,
      },
    });
    folders.push(firefox.profile);
    base = firefox.base;
    const openAndChoose = async (path: string, lang: string, window = false) => {
      const page = await openExtensionPage(firefox, path, window ? { type: 'window' } : undefined);
      await chooseThere(page, lang);
      return page;
    };
    try {
      const popup = await openAndChoose(OPENED[0]!, POPUP_LANG);
      const guide = await openAndChoose(OPENED[1]!, GUIDE_LANG);
      // Down to a later section, as a person reading it would be.
      scrolledTo = await guide.evaluate(() => {
        document.getElementById('crisis-heading')?.scrollIntoView();
        return window.scrollY;
      });
      // The guide alone in a window, closed with it: Firefox keeps it among closed windows.
      const alone = await openAndChoose(OPENED[1]!, GUIDE_LANG, true);
      await pause(SAVE_TIME);
      await popup.close();
      await guide.close();
      await alone.close();
      // Firefox writes a closed window down with its next change; a new tab is one.
      await firefox.browser.newPage();
      const closing = await sessionShowing(firefox.profile, (files) => {
        const closed = closedGuides(files);
        return closed.tabs === 1 && closed.windows === 1;
      });
      snapshots.set('closing the tabs', closing);

      const exiting = await openAndChoose(OPENED[1]!, GUIDE_LANG);
      await pause(SAVE_TIME);
      await exiting.click('button[data-exit]');
      snapshots.set('Exit this page', await sessionShowing(firefox.profile, (files) => closedGuides(files).tabs === 2));

      await openAndChoose(OPENED[0]!, POPUP_LANG);
      await openAndChoose(OPENED[1]!, GUIDE_LANG);
      await pause(SAVE_TIME);
    } finally {
      await firefox.close();
    }
    snapshots.set('quitting', firefoxSessionFiles(firefox.profile));
  });

  it('keeps the guide in its session files: closed tabs, a closed window, open tabs at quit (the check has something to find)', () => {
    expect(closedGuides(snapshots.get('closing the tabs')!)).toEqual({ tabs: 1, windows: 1 });
    expect(closedGuides(snapshots.get('Exit this page')!)).toEqual({ tabs: 2, windows: 1 });
    // The clean quit wrote sessionstore.jsonlz4, with the tabs still open.
    expect(guidePlaces(snapshots.get('quitting')!)).toContainEqual(
      expect.stringMatching(/^sessionstore\.jsonlz4 windows\.\d+\.tabs\.\d+$/),
    );
  });

  it.each(STEPS)('keeps no country or language chosen in its session files after %s', (step) => {
    const kept: string[] = [];
    for (const [name, session] of snapshots.get(step)!) {
      const text = JSON.stringify(session);
      for (const choice of CHOICES) if (text.includes(choice)) kept.push(`${name} holds "${choice}"`);
      for (const { path, tab } of tabStates(session)) {
        const where = `${name} ${path}`;
        const urls = tab.entries.map((entry) => entry.url ?? '').filter((url) => url.startsWith(base));
        if (urls.length > 0 && tab.formdata !== undefined) kept.push(`${where} formdata ${JSON.stringify(tab.formdata)}`);
        for (const url of urls) if (!OPENED.includes(url.slice(base.length + 1))) kept.push(`${where} ${url}`);
      }
    }
    expect(kept, kept.join('\n')).toEqual([]);
  });

  // What Firefox keeps of a closed page beyond its address and title: how far down it was
  // scrolled ("x,y" in CSS pixels, when not at the top). It collects this from the page on
  // its own timer (browser.sessionstore.interval, 15 s) and not as the tab closes, so no
  // reset on pagehide, visibilitychange or "Exit this page" reaches it; only a scroll
  // container instead of the page would, which costs zoom and keyboard scrolling.
  it('keeps how far down the closed guide was scrolled (documented: no page can stop it)', () => {
    const closed = [...snapshots.get('closing the tabs')!].flatMap(([name, session]) =>
      tabStates(session)
        .filter(({ path, tab }) => path.includes('_closedTabs') && tab.entries.some((entry) => entry.url?.startsWith(`${base}/guide.html`)))
        .map(({ tab }) => ({ name, scroll: tab.scroll })),
    );
    expect(closed.map(({ name }) => name)).toContain('sessionstore-backups/recovery.jsonlz4');
    for (const { scroll } of closed) {
      const [x, y] = String((scroll as { scroll?: string } | undefined)?.scroll).split(',').map(Number);
      expect(x).toBe(0);
      expect(Math.abs(y! - scrolledTo)).toBeLessThanOrEqual(1);
    }
  });
});
