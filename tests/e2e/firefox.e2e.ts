/**
 * The same promise in Debian's Firefox ESR, for both Firefox builds: the pages render the
 * helpline, the language switch works, axe finds nothing, nothing is logged as an error,
 * nothing is stored, and no host is contacted that Firefox does not contact on its own.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANG_CODES } from '../../locales/langs';
import { chooseIn } from './choose';
import { AXE_SOURCE, AXE_TAGS, describeViolations, runAxeInPage } from './axe';
import { type LaunchedFirefox, launchFirefox, openExtensionPage, openTabUrls } from '../../scripts/browsers/firefox';
import { type RecordingProxy, startRecordingProxy } from './proxy';
import { NOTHING_STORED, readWebStorage } from './web-storage';

const SHOTS = 'screenshots';
// Firefox's own services (remote settings, safe browsing, telemetry endpoints).
const BROWSER_SERVICE = /(^|\.)(mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)(:\d+)?$/;

async function hostsSeenWithoutAddon(): Promise<Set<string>> {
  const proxy = await startRecordingProxy();
  const firefox = await launchFirefox({ proxyPort: Number(new URL(proxy.url).port) });
  const page = await firefox.browser.newPage();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await page.close();
  await firefox.close();
  await proxy.close();
  return new Set(proxy.requests.map((request) => request.host));
}

const switchLanguage = (page: Page, lang: string) => chooseIn(page, { lang });

let baselineHosts: Set<string>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  baselineHosts = await hostsSeenWithoutAddon();
});

describe.each(['firefox-mv2', 'firefox-mv3'])('Signpost in Firefox (%s)', (build) => {
  let proxy: RecordingProxy;
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    expect(existsSync(`.output/${build}/manifest.json`), `.output/${build} is missing: run npm run build`).toBe(true);
    proxy = await startRecordingProxy();
    firefox = await launchFirefox({ extensionDir: `.output/${build}`, proxyPort: Number(new URL(proxy.url).port) });
  });

  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
  });

  function open(path: string): Promise<Page> {
    return openExtensionPage(firefox, path);
  }

  it.each(['popup.html', 'guide.html'])('%s shows the helpline and switches language', async (path) => {
    const page = await open(path);
    await page.setViewport({ width: path === 'popup.html' ? 380 : 1024, height: 800 });
    await chooseIn(page, { region: 'uk' });
    const call = await page.$eval('a[aria-label="Call 0808 1000 900"]', (link) => link.getAttribute('href'));
    expect(call).toBe('tel:+448081000900');
    expect(await page.title()).toBe('Signpost');
    if (path === 'guide.html') {
      // The QR code is drawn after first paint; the permissions are read live from Firefox.
      await page.waitForSelector('.qr-code path');
      await page.waitForFunction(() => document.body.textContent?.includes('holds no permissions'));
      // The shortcut Firefox gave Signpost, read live.
      await page.waitForFunction(() => document.body.textContent?.includes('Press Alt+Shift+K to open Signpost’s popup.'));
    }
    const name = path.replace('.html', '');
    if (build === 'firefox-mv3') await page.screenshot({ path: `${SHOTS}/firefox-${name}-en.png`, fullPage: true });
    await switchLanguage(page, 'cy');
    expect(await page.$eval('h1', (heading) => heading.textContent)).not.toBe('Get help');
    expect(await page.$('a[aria-label="Ffoniwch 0808 1000 900"]')).not.toBeNull();
    if (build === 'firefox-mv3') await page.screenshot({ path: `${SHOTS}/firefox-${name}-cy.png`, fullPage: true });
    await switchLanguage(page, 'en');
    await page.close();
  });

  it('the popup opens the full guide in a new tab, whose address carries no choice made in the popup', async () => {
    const page = await open('popup.html');
    await chooseIn(page, { region: 'ie' });
    const wanted = `${firefox.base}/guide.html`;
    const before = await openTabUrls(firefox);
    expect(before).not.toContain(wanted);
    await page.click('a[href^="/guide.html"]');
    const deadline = Date.now() + 10_000;
    while (!(await openTabUrls(firefox)).includes(wanted) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // A new tab, with the popup left where it was.
    expect(await openTabUrls(firefox)).toEqual([...before, wanted]);
    await page.close();
  });

  it.each(['popup.html', 'guide.html'].flatMap((path) => LANG_CODES.map((lang) => [path, lang] as const)))(
    'axe finds no violation in %s (%s)',
    async (path, lang) => {
      const page = await open(path);
      // In English too: it waits for what loads after the first paint (the guide's privacy words).
      await switchLanguage(page, lang);
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(runAxeInPage, AXE_TAGS);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    },
  );

  it('stored nothing in the pages, logged no error and contacted no host of its own', async () => {
    for (const path of ['popup.html', 'guide.html']) {
      const page = await open(path);
      expect(await page.evaluate(readWebStorage)).toEqual(NOTHING_STORED);
      await page.close();
    }
    const errors = firefox.pageErrors();
    expect(errors, errors.join('\n')).toEqual([]);
    const unexplained = [...new Set(proxy.requests.map((request) => request.host))].filter(
      (host) => !baselineHosts.has(host) && !BROWSER_SERVICE.test(host),
    );
    expect(unexplained, `hosts contacted only with Signpost installed: ${unexplained.join(', ')}`).toEqual([]);
  });
});
