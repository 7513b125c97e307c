/**
 * The promise, proved on the production build in Debian's Chromium: no permission, no
 * background process, no request of its own, nothing stored, a CSP that holds, no
 * accessibility failure, a keyboard path through every control, neutral titles.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICES } from '../../data/directory';
import type { Service } from '../../data/types';
import { LANG_CODES } from '../../locales/langs';
import { AXE_SOURCE, AXE_TAGS, describeViolations, runAxeInPage } from './axe';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { choose, chooseLanguage } from './choose';
import { storageTraces } from './profile';
import { type RecordingProxy, startRecordingProxy } from './proxy';
import { NOTHING_STORED, readWebStorage } from './web-storage';

const BUILD = '.output/chrome-mv3';
const SHOTS = 'screenshots';
const PAGES = ['popup.html', 'guide.html'] as const;

/** Every address a Signpost link may lead to; a click on anything else fails the suite. */
const EXPECTED_LINKS = new Set<string>(
  (SERVICES as readonly Service[]).flatMap((service) => [...(service.url ? [service.url] : []), ...Object.values(service.pages ?? {})]),
);

// Chromium's own services, which it calls whether or not any extension is installed.
// Requests to them are also compared with the baseline run; any other host fails.
const BROWSER_SERVICE = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|gvt2\.com)(:\d+)?$/;

let proxy: RecordingProxy;
let browser: Launched;
let context: BrowserContext;
let base: string;
let baselineHosts: Set<string>;

/** Requests made by extension pages (not by tabs their links opened). */
const extensionRequests: { url: string; page: string; navigation: boolean }[] = [];
/** Navigations to other websites (links clicked); the proxy stops them before the network. */
const stoppedNavigations: string[] = [];
const consoleErrors: string[] = [];
/** The page where the CSP test provokes violations on purpose; its errors are expected. */
let cspProbe: Page | undefined;

async function hostsSeenWithoutExtension(): Promise<Set<string>> {
  const baselineProxy = await startRecordingProxy();
  const plain = await launchChromium({ proxy: baselineProxy.url });
  const page = await plain.context.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(3000);
  await plain.close();
  await baselineProxy.close();
  return new Set(baselineProxy.requests.map((request) => request.host));
}

async function openPage(path: string, size = { width: 1024, height: 900 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${base}/${path}`);
  await page.waitForSelector('h1');
  return page;
}

/** Clicks every link to another website; each opens a new tab, recorded and stopped. */
async function clickEveryExternalLink(page: Page): Promise<string[]> {
  const clicked: string[] = [];
  const links = page.locator('a[href^="https:"]');
  const count = await links.count();
  for (let index = 0; index < count; index++) {
    const link = links.nth(index);
    if (!(await link.isVisible())) continue;
    const href = (await link.getAttribute('href')) ?? '';
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState('domcontentloaded', { timeout: 5000 }).catch(() => undefined);
    await tab.close();
    // Away from the link, which holds its address back while the pointer is over it.
    await page.mouse.move(0, 0);
    clicked.push(href);
  }
  return clicked;
}

/** Opens each expander, presses each button that stays on the page, picks each region. */
async function useEveryControl(page: Page): Promise<void> {
  for (const summary of await page.locator('summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
  for (const button of await page.locator('button:not([data-exit]):not(.link-button)').all()) {
    if (await button.isVisible()) await button.click();
  }
  const regions = await page.locator('#region option').evaluateAll((options) =>
    options.map((option) => (option as HTMLOptionElement).value),
  );
  for (const region of regions) await choose(page, { region });
}

beforeAll(async () => {
  expect(existsSync(`${BUILD}/manifest.json`), `${BUILD} is missing: run npm run build`).toBe(true);
  mkdirSync(SHOTS, { recursive: true });
  baselineHosts = await hostsSeenWithoutExtension();

  proxy = await startRecordingProxy();
  browser = await launchChromium({ extensionDir: BUILD, proxy: proxy.url, keepProfile: true });
  context = browser.context;
  base = `chrome-extension://${browser.extensionId}`;

  context.on('request', (request) => {
    const url = request.url();
    if (request.isNavigationRequest() && !url.startsWith(base) && url.startsWith('http')) {
      stoppedNavigations.push(url);
    }
    let from = '';
    try {
      from = request.frame().page().url();
    } catch {
      // A navigation in a tab that has no frame yet: a link opened in a new tab.
      from = '(new tab)';
    }
    if (from.startsWith(base) || request.url().startsWith(base)) {
      extensionRequests.push({ url: request.url(), page: from, navigation: request.isNavigationRequest() });
    }
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && message.page() !== cspProbe) {
      consoleErrors.push(`${message.location().url}: ${message.text()}`);
    }
  });
  context.on('weberror', (error) => consoleErrors.push(String(error.error())));
});

afterAll(async () => {
  await browser?.close();
  if (browser) rmSync(browser.profile, { recursive: true, force: true });
  await proxy?.close();
});

describe('Signpost in Chromium', () => {
  it('runs no background process: its only targets are the pages a person opens', async () => {
    const page = await openPage('popup.html');
    const cdp = await context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const ours = targetInfos.filter((target) => target.url.startsWith(base));
    expect(ours.map((target) => target.type)).toEqual(['page']);
    expect(context.serviceWorkers().filter((worker) => worker.url().startsWith(base))).toEqual([]);
    const manifest = await page.evaluate(
      () =>
        (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.permissions ?? []).toEqual([]);
    expect(manifest.background).toBeUndefined();
    await cdp.detach();
    await page.close();
  });

  it('fits the UK popup in 600 px without scrolling, and keeps titles neutral', async () => {
    // A popup takes its content's own size, up to 800 x 600: measure that size.
    const page = await openPage('popup.html', { width: 380, height: 1200 });
    await choose(page, { region: 'uk' });
    const size = await page.evaluate(() => ({
      height: Math.ceil(document.body.getBoundingClientRect().height),
      width: document.documentElement.scrollWidth,
      title: document.title,
    }));
    await page.setViewportSize({ width: 380, height: Math.max(600, size.height) });
    await page.screenshot({ path: `${SHOTS}/chromium-popup-en.png` });
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.width).toBeLessThanOrEqual(380);
    expect(size.title).toBe('Signpost');
    await expect(page.getByRole('link', { name: 'Call 0808 1000 900' }).getAttribute('href')).resolves.toBe(
      'tel:+448081000900',
    );
    await choose(page, { lang: 'cy' });
    await expect(page.evaluate(() => document.title)).resolves.toBe('Signpost');
    await page.screenshot({ path: `${SHOTS}/chromium-popup-cy.png`, fullPage: true });
    await page.close();
  });

  it.each(PAGES)('%s: every control works, every link goes where the directory says', async (path) => {
    const page = await openPage(path);
    for (const lang of LANG_CODES) {
      await chooseLanguage(page, lang);
      await useEveryControl(page);
      const clicked = await clickEveryExternalLink(page);
      expect(clicked.length).toBeGreaterThan(0);
      for (const href of clicked) expect(EXPECTED_LINKS, href).toContain(href);
    }
    if (path === 'guide.html') await page.screenshot({ path: `${SHOTS}/chromium-guide-en.png`, fullPage: true });
    await page.close();
  });

  it.each(PAGES.flatMap((path) => LANG_CODES.flatMap((lang) => (['light', 'dark'] as const).map((scheme) => [path, lang, scheme] as const))))(
    'axe finds no violation in %s (%s, %s)',
    async (path, lang, scheme) => {
      const page = await openPage(path);
      await page.emulateMedia({ colorScheme: scheme });
      await chooseLanguage(page, lang);
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(runAxeInPage, AXE_TAGS);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    },
  );

  it.each(PAGES)('%s works from the keyboard: Tab reaches every control in order, with visible focus', async (path) => {
    const page = await openPage(path, path === 'popup.html' ? { width: 380, height: 600 } : undefined);
    // The guide's card (and its buttons) arrives after the first paint.
    if (path === 'guide.html') await page.waitForSelector('.print-card');
    const focusable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, select, summary')]
        .filter((element) => element.getClientRects().length > 0 || element.classList.contains('skip-link'))
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    const reached: string[] = [];
    for (let step = 0; step < focusable.length; step++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          html: element.outerHTML.slice(0, 80),
          visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        };
      });
      expect(focus.visible, `no visible focus on ${focus.html}`).toBe(true);
      reached.push(focus.html);
    }
    expect(reached).toEqual(focusable);

    // The keyboard works the controls: the selects answer the arrow keys (English, then Cymraeg).
    await page.locator('#region').focus();
    const before = await page.locator('#region').inputValue();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((was) => document.querySelector<HTMLSelectElement>('#region')?.value !== was, before);
    await page.locator('#lang').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await page.locator('button.button-secondary').first().focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="status"]')].some((status) => status.textContent !== ''),
    );
    await page.close();
  });

  it.each(LANG_CODES)('the guide reflows at 320 px wide, as at 400 per cent zoom, with no sideways scrolling, in %s', async (lang) => {
    const page = await openPage('guide.html', { width: 320, height: 640 });
    await choose(page, { region: 'ie', lang });
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      wide: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .map((element) => element.outerHTML.slice(0, 60)),
    }));
    expect(overflow.wide).toEqual([]);
    expect(overflow.page).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('the popup opens the full guide in a new tab, whose address carries no choice made in the popup', async () => {
    const page = await openPage('popup.html');
    await choose(page, { region: 'ie', lang: 'cy' });
    const [guide] = await Promise.all([
      context.waitForEvent('page', (opened) => opened.url().startsWith(`${base}/guide.html`)),
      page.getByRole('link', { name: 'Agor y canllaw llawn (yn agor mewn tab newydd)' }).click(),
    ]);
    await guide.waitForSelector('h1');
    expect(guide.url()).toBe(`${base}/guide.html`);
    // It opens as the browser's defaults say: an English (UK) browser in London.
    expect(await guide.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await guide.locator('#region').inputValue()).toBe('uk');
    await guide.close();
    if (!page.isClosed()) await page.close();
  });

  it('prints the counsellor’s card alone', async () => {
    const page = await openPage('guide.html');
    // The card arrives after the first paint: what prints is checked once it is there.
    await page.waitForSelector('.print-card', { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main *, header, footer')]
        .filter((element) => element.getClientRects().length > 0 && element.closest('.print-card') === null)
        .map((element) => element.tagName + (element.id ? `#${element.id}` : '')),
    );
    expect(visible.filter((tag) => !['SECTION#professionals', 'DIV'].includes(tag))).toEqual([]);
    await expect(page.locator('.print-card').textContent()).resolves.toContain('0808 1000 900');
    // Drawn on the device after first paint, and the permissions read live from the browser.
    await page.waitForSelector('.print-card .qr-code path', { state: 'attached' });
    await page.emulateMedia({ media: 'screen' });
    await page.getByText('None. Your browser reports that Signpost holds no permissions.').waitFor();
    // The shortcut the browser gave Signpost, read live (commands.getAll, no permission).
    await page.getByText('Press Alt+Shift+K to open Signpost’s popup.').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/chromium-card-print.png`, fullPage: true });
    await page.close();
  });

  it.each(['the button', 'Shift pressed three times'])('exit this page with %s closes the tab at once', async (how) => {
    const page = await openPage('guide.html');
    const closed = page.waitForEvent('close');
    if (how === 'the button') {
      await page.getByRole('button', { name: 'Exit this page' }).click();
    } else {
      await page.locator('body').focus();
      for (let press = 0; press < 3; press++) {
        // The third press may close the tab before the key is released.
        await page.keyboard.press('Shift').catch((error: Error) => {
          if (!page.isClosed() && !/closed/.test(error.message)) throw error;
        });
      }
    }
    await closed;
    expect(page.isClosed()).toBe(true);
  });

  it('the CSP refuses a request to another site and an inline script, from inside the page', async () => {
    const page = await openPage('popup.html');
    cspProbe = page;
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const fetched = await fetch('https://example.com/').then(
        () => 'sent',
        (error: Error) => `refused: ${error.name}`,
      );
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { fetched, inlineRan: (window as { __inlineRan?: boolean }).__inlineRan === true, violations };
    });
    expect(outcome.fetched).toBe('refused: TypeError');
    expect(outcome.inlineRan).toBe(false);
    expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']));
    await page.close();
  });

  it('made no request of its own, to any site, from any process', () => {
    const ownRequests = extensionRequests.filter(
      (request) => !request.url.startsWith(base) && !(request.navigation && request.page === '(new tab)'),
    );
    expect(ownRequests, 'extension pages requested another site').toEqual([]);
    // Every other-site navigation was a link the test clicked, to an address in the directory.
    expect(stoppedNavigations.length).toBeGreaterThan(0);
    for (const url of stoppedNavigations) expect(EXPECTED_LINKS, url).toContain(url);
    const linkHosts = new Set(stoppedNavigations.map((url) => `${new URL(url).host}:443`));
    const unexplained = [...new Set(proxy.requests.map((request) => request.host))].filter(
      (host) => !baselineHosts.has(host) && !BROWSER_SERVICE.test(host) && !linkHosts.has(host),
    );
    expect(unexplained, `hosts contacted only with Signpost loaded: ${unexplained.join(', ')}`).toEqual([]);
    expect(proxy.requests.filter((request) => request.target.includes('example.com'))).toEqual([]);
  });

  it('has no console errors', () => {
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });

  it('left nothing stored, in the pages or in the profile on disk', async () => {
    for (const path of PAGES) {
      const page = await openPage(path);
      await expect(page.evaluate(readWebStorage)).resolves.toEqual(NOTHING_STORED);
      await page.close();
    }
    await context.close();
    expect(storageTraces(browser.profile, browser.extensionId!)).toEqual([]);
  });
});
