/**
 * A private window, with Signpost allowed there as a person allows it (Chrome: "Allow in
 * Incognito"; Firefox: "Run in Private Windows"). The guide opened from the popup in a
 * private window opens in that private window, says how to allow Signpost there, and
 * once the window is closed and the browser has quit, nothing of it is left on disk: not in
 * the history, the session store (open and recently closed tabs) or the New Tab page's
 * tiles, nor in any other file of the profile. The same steps in a normal window leave the
 * guide in each of those places, so the checks have something to find.
 * Chromium's popup here is the real one, over the private window; Firefox's is the popup's
 * page opened in a tab of the private window, as the rest of the suite opens it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '@/locales/all';
import { launchChromium } from '../../scripts/browsers/chromium';
import { launchFirefox } from '../../scripts/browsers/firefox';
import { browserContextOf, openActionPopup } from './action-popup';
import { click, closePrivateWindows, evaluate, load, openPrivateWindow, quit, tabPrivacy, tabs, until } from './firefox-windows';
import { filesMentioning } from './profile-files';
import { firefoxSessionFiles, tabStates } from './session-store';
import { queryDatabase } from './traces';

const folders: string[] = [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ENGLISH = messagesFor('en');
/** What the guide's privacy section must say: how to allow Signpost in a private window, in every browser. */
const SAYS = [ENGLISH['privacy.privateHeading']!, ENGLISH['privacy.privateChrome']!, ENGLISH['privacy.privateAndroid']!];
/** Time for a page's state to reach the browser's session service and be written. */
const SAVE_TIME = 3000;

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

interface Kept {
  /** Signpost's pages in the History database (urls). */
  history: string[];
  /** Signpost's pages among the New Tab page's tiles (Top Sites, or Firefox's history). */
  newTabPage: string[];
  /** Session files (open and recently closed tabs) that hold the guide. */
  sessions: string[];
  /** Every file of the profile that names a Signpost page's address. */
  anywhere: string[];
}

describe('Chromium, Signpost allowed in Incognito', () => {
  const runs = new Map<'private' | 'normal', { guideInWindow: boolean; guide: Record<string, unknown>; says: string; kept: Kept }>();

  async function run(privateWindow: boolean) {
    const browser = await launchChromium({ extensionDir: '.output/chrome-mv3', keepProfile: true, privateWindow });
    folders.push(browser.profile);
    const { context } = browser;
    const base = `chrome-extension://${browser.extensionId ?? ''}`;
    let result: { guideInWindow: boolean; guide: Record<string, unknown>; says: string };
    try {
      // With --incognito, the first tab is the private window's.
      const window = context.pages()[0]!;
      // A normal window that stays, so the browser outlives the private window.
      const normal = privateWindow ? await context.newPage() : window;
      const popup = await openActionPopup(context, browser.extensionId!, window);
      const [guide] = await Promise.all([
        context.waitForEvent('page', { predicate: (page) => page.url().startsWith(`${base}/guide.html`) }),
        popup.click('a[href="/guide.html"]'),
      ]);
      await guide.waitForSelector('h1');
      // The privacy section's words load after the first paint.
      await guide.waitForSelector('#privacy:not([aria-busy])');
      result = {
        guideInWindow: (await browserContextOf(context, guide)) === (await browserContextOf(context, window)),
        guide: await guide.evaluate(async () => {
          const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          return { popupAndGuideRunIncognito: chrome.extension.inIncognitoContext, tabIncognito: (await chrome.tabs.getCurrent())?.incognito };
        }),
        says: (await guide.locator('#privacy').textContent()) ?? '',
      };
      // From the address bar too: a typed visit is what puts a page among the New Tab page's
      // tiles. (Chromium refuses it in a private window to an extension that is not "split".)
      result.guide.typedInWindow = await window.goto(`${base}/guide.html`).then(
        () => window.waitForSelector('h1').then(() => true),
        () => false,
      );
      await pause(SAVE_TIME);
      if (privateWindow) {
        for (const page of context.pages()) if (page !== normal) await page.close();
      } else {
        await guide.close();
      }
      // The New Tab page asks for its tiles, which writes them down. (chrome://newtab hands
      // over to the page of the browser's search engine, which aborts the first navigation.)
      await (await context.newPage()).goto('chrome://newtab/').catch(() => undefined);
      await pause(SAVE_TIME);
    } finally {
      await browser.close();
    }
    const profile = join(browser.profile, 'Default');
    const kept: Kept = {
      history: (await queryDatabase(join(profile, 'History'), `SELECT url FROM urls WHERE url LIKE '${base}/%'`)).map((row) => String(row.url)),
      newTabPage: (await queryDatabase(join(profile, 'Top Sites'), `SELECT url FROM top_sites WHERE url LIKE '${base}/%'`)).map((row) => String(row.url)),
      sessions: [...filesMentioning(join(profile, 'Sessions'), `${base}/guide.html`).map((file) => `Sessions/${file}`),
        ...filesMentioning(join(profile, 'Sessions_Encrypted'), `${base}/guide.html`).map((file) => `Sessions_Encrypted/${file}`)]
        .map((file) => file.replace(/_\d+$/, '')),
      anywhere: filesMentioning(browser.profile, `${base}/`),
    };
    runs.set(privateWindow ? 'private' : 'normal', { ...result!, kept });
  }

  beforeAll(async () => {
    await run(true);
    await run(false);
  });

  it('opens the guide from the popup in the private window, where Signpost runs as its own private copy', () => {
    const { guideInWindow, guide } = runs.get('private')!;
    expect({ guideInWindow, ...guide }).toEqual({ guideInWindow: true, popupAndGuideRunIncognito: true, tabIncognito: true, typedInWindow: true });
  });

  it('says there how to allow Signpost in a private window', () => {
    for (const sentence of SAYS) expect(runs.get('private')!.says).toContain(sentence);
  });

  it('keeps nothing of the guide once the private window is closed: no history, session, New Tab tile, or any file naming a Signpost page', () => {
    expect(runs.get('private')!.kept).toEqual({ history: [], newTabPage: [], sessions: [], anywhere: [] });
  });

  it('keeps the guide from a normal window in each of those places (the checks have something to find)', () => {
    const { guideInWindow, guide, kept } = runs.get('normal')!;
    expect({ guideInWindow, ...guide }).toEqual({ guideInWindow: true, popupAndGuideRunIncognito: false, tabIncognito: false, typedInWindow: true });
    expect(kept.history).toContainEqual(expect.stringMatching(/\/guide\.html$/));
    expect(kept.newTabPage).toContainEqual(expect.stringMatching(/\/guide\.html$/));
    expect(kept.sessions).toEqual(expect.arrayContaining(['Sessions/Session', 'Sessions/Tabs']));
    expect(kept.anywhere).toEqual(expect.arrayContaining(['Default/History', 'Default/Top Sites']));
  });
});

interface ChromeApi {
  extension: { inIncognitoContext: boolean };
  tabs: { getCurrent(): Promise<{ incognito: boolean } | undefined> };
}

describe.each(['firefox-mv2', 'firefox-mv3'])('Firefox (%s), Signpost allowed in private windows', (build) => {
  const runs = new Map<'private' | 'normal', { guideTab: { url: string; private: boolean }[]; incognito: unknown; says: string; kept: Kept }>();

  async function run(privateWindow: boolean) {
    const firefox = await launchFirefox({
      extensionDir: `.output/${build}`,
      allowPrivate: true,
      keepProfile: true,
      prefs: {
        // Puppeteer turns this off; a person's Firefox keeps it on, and it decides what is written.
        'browser.sessionstore.resume_from_crash': true,
        'browser.sessionstore.interval': 1000,
      },
    });
    folders.push(firefox.profile);
    const base = firefox.base;
    let result: { guideTab: { url: string; private: boolean }[]; incognito: unknown; says: string };
    try {
      const window = privateWindow ? await openPrivateWindow(firefox) : (await tabs(firefox))[0]!.context;
      await load(firefox, window, `${base}/popup.html`);
      const before = new Set((await tabs(firefox)).map((tab) => tab.context));
      await click(firefox, window, 'a[href="/guide.html"]');
      const guide = await until('The guide opening', async () =>
        (await tabs(firefox)).find((tab) => !before.has(tab.context) && tab.url.startsWith(`${base}/guide.html`)),
      );
      await until('The guide drawing its privacy section', async () =>
        (await evaluate(firefox, guide.context, `document.querySelector('#privacy')?.textContent.includes('Signpost version')`)) === true,
      );
      result = {
        guideTab: (await tabPrivacy(firefox)).filter((tab) => tab.url.startsWith(`${base}/guide.html`)),
        incognito: await evaluate(firefox, guide.context, 'browser.extension.inIncognitoContext'),
        says: String(await evaluate(firefox, guide.context, `document.querySelector('#privacy').textContent`)),
      };
      // From the address bar too.
      await load(firefox, window, `${base}/guide.html`);
      await pause(SAVE_TIME);
      if (privateWindow) await closePrivateWindows(firefox);
      await pause(SAVE_TIME);
    } finally {
      await quit(firefox);
    }
    const guideTabs = [...firefoxSessionFiles(firefox.profile)].flatMap(([name, session]) =>
      tabStates(session)
        .filter(({ tab }) => tab.entries.some((entry) => entry.url?.startsWith(`${base}/guide.html`)))
        .map(() => name),
    );
    const kept: Kept = {
      history: (await queryDatabase(join(firefox.profile, 'places.sqlite'), `SELECT url FROM moz_places WHERE url LIKE '${base}/%'`)).map((row) => String(row.url)),
      // Firefox's New Tab page draws its tiles from the same history.
      newTabPage: [],
      sessions: [...new Set(guideTabs)],
      anywhere: filesMentioning(firefox.profile, `${base}/`),
    };
    runs.set(privateWindow ? 'private' : 'normal', { ...result!, kept });
  }

  beforeAll(async () => {
    await run(true);
    // The normal window's run is the same for both builds: once is enough.
    if (build === 'firefox-mv3') await run(false);
  });

  it('opens the guide from the popup in the private window', () => {
    const { guideTab, incognito } = runs.get('private')!;
    expect(guideTab.map((tab) => tab.private)).toEqual([true]);
    expect(incognito).toBe(true);
  });

  it('says there how to allow Signpost in a private window', () => {
    for (const sentence of SAYS) expect(runs.get('private')!.says).toContain(sentence);
  });

  it('keeps nothing of the guide once the private window is closed: no history, session, or any file naming a Signpost page', () => {
    expect(runs.get('private')!.kept).toEqual({ history: [], newTabPage: [], sessions: [], anywhere: [] });
  });

  it.runIf(build === 'firefox-mv3')('keeps the guide from a normal window in its session store (the check has something to find)', () => {
    const { guideTab, kept } = runs.get('normal')!;
    expect(guideTab.map((tab) => tab.private)).toEqual([false]);
    expect(kept.sessions).toContain('sessionstore.jsonlz4');
    expect(kept.anywhere).toContain('sessionstore.jsonlz4');
    // Firefox never lists an extension's page in its history, in any window.
    expect(kept.history).toEqual([]);
  });
});
