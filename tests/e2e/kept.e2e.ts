/**
 * Every trace, named. In each browser, three profiles: two that open a blank page and quit,
 * with no Signpost, and one where Signpost is installed and used as a person uses it: the
 * popup, a country and a language chosen in it, the guide opened from it, a help link
 * pressed and let go of elsewhere, another clicked (the recording proxy stops it before it
 * leaves the machine), then the browser quit. Every file of the used profile that is new or
 * changed against the first blank one and names or reveals Signpost must be an entry of
 * tests/e2e/kept.ts, whose words PRIVACY.md must hold. The blank runs show what is ignored
 * and why: the browsers' own files change from one blank run to the next, and none of them
 * names Signpost; a file is let pass only because it names nothing. The one file the test
 * itself writes (puppeteer's user.js, its preferences) is set aside by name (kept.ts, HARNESS).
 */
import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, unpackedExtensionId } from '../../scripts/browsers/chromium';
import { ADDON_UUID, launchFirefox } from '../../scripts/browsers/firefox';
import { GECKO_ID } from '../../wxt.config';
import { openActionPopup } from './action-popup';
import { click, evaluate, load, pressAndLetGoElsewhere, quit, tabs, until } from './firefox-windows';
import { byHarness, changed, fingerprints, found, needles, type Trace, traceOf, TRACES } from './kept';
import { type RecordingProxy, startRecordingProxy } from './proxy';

const folders: string[] = [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The country and language chosen in the popup: neither is the browser's. */
const REGION = 'ie';
const LANG = 'cy';
/** A help link pressed and let go of elsewhere, and one clicked: the crisis line's, and the first reporting route's. */
const PRESSED = '#crisis a[href^="https:"]';
const CLICKED = '#report a[href^="https:"]';
/** Runs in the popup: picks the country and the language with its selects, as their change handlers see a choice. */
const CHOOSE = `(async () => {
  const pick = (id, value) => { const select = document.getElementById(id); select.value = value; select.dispatchEvent(new Event('change', { bubbles: true })); };
  const settled = (test) => new Promise((resolve) => { const check = () => (test() ? resolve(true) : setTimeout(check, 50)); check(); });
  await settled(() => document.getElementById('region'));
  pick('region', '${REGION}');
  await settled(() => document.querySelector('main')?.getAttribute('aria-busy') !== 'true');
  pick('lang', '${LANG}');
  await settled(() => document.documentElement.lang === '${LANG}' && document.querySelector('main')?.getAttribute('aria-busy') !== 'true');
  return document.getElementById('region').value + ' ' + document.documentElement.lang;
})()`;

let proxy: RecordingProxy;

beforeAll(async () => {
  proxy = await startRecordingProxy();
});

afterAll(async () => {
  await proxy?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

it('names each entry of the list in PRIVACY.md, in its own words', () => {
  const privacy = readFileSync('PRIVACY.md', 'utf8').replace(/\s+/g, ' ');
  const missing = TRACES.filter((trace) => !privacy.includes(trace.privacy)).map((trace) => `${trace.browser} ${trace.files}: "${trace.privacy}"`);
  expect(missing, missing.join('\n')).toEqual([]);
});

/** Runs of a browser's profiles: the used one's path, the blank ones', and what Signpost is called there. */
interface Runs {
  used: string;
  blank: string;
  again: string;
  needles: Record<string, readonly string[]>;
}

/** The checks, the same for each browser. */
function checks(browser: Trace['browser'], runs: () => Runs) {
  const masked = () => [runs().used, runs().blank, runs().again].flatMap((profile) => [profile, basename(profile)]);
  const hitsIn = (profile: string, files: readonly string[]) =>
    files
      .filter((file) => !byHarness(file))
      .map((file) => ({ file, hits: found(profile, file, runs().needles, masked()) }))
      .filter(({ hits }) => hits.length > 0);

  it('sees the browser’s own files change from one blank run to the next, and none of them names Signpost: they are let pass for that, not hidden', () => {
    const { blank, again } = runs();
    const own = changed(fingerprints(blank), fingerprints(again));
    expect(own.length, 'files the browser changes by itself').toBeGreaterThan(5);
    expect(hitsIn(again, own)).toEqual([]);
    expect(hitsIn(blank, [...fingerprints(blank).keys()])).toEqual([]);
  });

  it('names every file the use of Signpost changes and that names or reveals it', () => {
    const { blank, used } = runs();
    const unnamed = hitsIn(used, changed(fingerprints(blank), fingerprints(used))).filter(({ file }) => !traceOf(browser, file));
    expect(unnamed, unnamed.map(({ file, hits }) => `${file}: ${hits.join(', ')}`).join('\n')).toEqual([]);
  });

  it('finds every entry its run always makes (the list names nothing that is not there)', () => {
    const { blank, used } = runs();
    const traced = hitsIn(used, changed(fingerprints(blank), fingerprints(used))).map(({ file }) => file);
    const unseen = TRACES.filter((trace) => trace.browser === browser && trace.seen === true && !traced.some((file) => trace.files.test(file)));
    expect(unseen.map((trace) => `${trace.files}: ${trace.what}`)).toEqual([]);
  });

  it('keeps no pack’s name: which country and language were read is not on disk', () => {
    const { blank, used } = runs();
    const packs = hitsIn(used, changed(fingerprints(blank), fingerprints(used)))
      // The installed package holds every pack, whatever was read.
      .filter(({ file }) => !/^extensions\/.*\.xpi$/.test(file))
      .filter(({ hits }) => hits.some((hit) => hit.startsWith('pack:')));
    expect(packs).toEqual([]);
  });
}

describe('Chromium', () => {
  const BUILD = '.output/chrome-mv3';
  let runs: Runs;

  async function blank(ms: number): Promise<string> {
    const browser = await launchChromium({ proxy: proxy.url, keepProfile: true });
    folders.push(browser.profile);
    try {
      await (browser.context.pages()[0] ?? (await browser.context.newPage())).goto('about:blank');
      await pause(ms);
    } finally {
      await browser.close();
    }
    return browser.profile;
  }

  beforeAll(async () => {
    const browser = await launchChromium({ extensionDir: BUILD, proxy: proxy.url, keepProfile: true });
    folders.push(browser.profile);
    const { context } = browser;
    const id = unpackedExtensionId(BUILD);
    const started = Date.now();
    try {
      const tab = context.pages()[0] ?? (await context.newPage());
      const popup = await openActionPopup(context, id, tab);
      expect(await popup.evaluate(CHOOSE)).toBe(`${REGION} ${LANG}`);
      const [guide] = await Promise.all([
        context.waitForEvent('page', { predicate: (page) => page.url().startsWith(`chrome-extension://${id}/guide.html`) }),
        popup.click('a[href="/guide.html"]'),
      ]);
      await guide.waitForSelector(CLICKED);
      const box = (await guide.locator(PRESSED).first().boundingBox())!;
      await guide.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await guide.mouse.down();
      await guide.mouse.move(2, box.y + box.height / 2, { steps: 4 });
      await guide.mouse.up();
      await Promise.all([context.waitForEvent('page'), guide.locator(CLICKED).first().click()]);
      await pause(2000);
    } finally {
      await browser.close();
    }
    const ms = Date.now() - started;
    runs = { used: browser.profile, blank: await blank(ms), again: await blank(ms), needles: needles([id]) };
  });

  checks('chromium', () => runs);
});

describe('Firefox', () => {
  let runs: Runs;
  const SESSION_PREFS = {
    // Puppeteer turns this off; a person's Firefox keeps it on, and it decides what is written.
    'browser.sessionstore.resume_from_crash': true,
    'browser.sessionstore.interval': 1000,
  };

  async function blank(ms: number): Promise<string> {
    const firefox = await launchFirefox({ proxyPort: Number(new URL(proxy.url).port), keepProfile: true, prefs: SESSION_PREFS });
    folders.push(firefox.profile);
    try {
      await firefox.browser.newPage();
      await pause(ms);
    } finally {
      await quit(firefox);
    }
    return firefox.profile;
  }

  beforeAll(async () => {
    const firefox = await launchFirefox({
      extensionDir: '.output/firefox-mv3',
      permanent: true,
      proxyPort: Number(new URL(proxy.url).port),
      keepProfile: true,
      prefs: SESSION_PREFS,
    });
    folders.push(firefox.profile);
    const started = Date.now();
    try {
      // The popup's page in a tab: Firefox's real popup is not a page the test can reach.
      const [first] = await tabs(firefox);
      await load(firefox, first!.context, `${firefox.base}/popup.html`);
      expect(await evaluate(firefox, first!.context, CHOOSE)).toBe(`${REGION} ${LANG}`);
      const before = new Set((await tabs(firefox)).map((tab) => tab.context));
      await click(firefox, first!.context, 'a[href="/guide.html"]');
      const guide = await until('The guide opening', async () =>
        (await tabs(firefox)).find((tab) => !before.has(tab.context) && tab.url.startsWith(`${firefox.base}/guide.html`)),
      );
      await until('The guide drawing', async () => (await evaluate(firefox, guide.context, `!!document.querySelector('${CLICKED}')`)) === true);
      await pressAndLetGoElsewhere(firefox, guide.context, PRESSED);
      await click(firefox, guide.context, CLICKED);
      await pause(3000);
    } finally {
      await quit(firefox);
    }
    const ms = Date.now() - started;
    runs = { used: firefox.profile, blank: await blank(ms), again: await blank(ms), needles: needles([ADDON_UUID, GECKO_ID]) };
  });

  checks('firefox', () => runs);
});
