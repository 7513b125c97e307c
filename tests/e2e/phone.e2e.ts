/**
 * Phone sizes, for Firefox for Android (which runs Signpost, and cannot be driven here):
 * Chromium emulating a phone (360 x 740, touch, three device pixels to one), and Firefox
 * in a window as narrow. No sideways scrolling; on a touch screen every target at least
 * 44 px; the helpline's number the first thing in the page's content; axe finds nothing.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANG_CODES } from '@/locales/langs';
import { type Launched, launchChromium } from '../../scripts/browsers/chromium';
import { type LaunchedFirefox, launchFirefox, openExtensionPage } from '../../scripts/browsers/firefox';
import { AXE_SOURCE, AXE_TAGS, describeViolations, runAxeInPage } from './axe';
import { choose, chooseIn, chooseLanguage } from './choose';

const PHONE = { width: 360, height: 740 };
const CASES = ['popup.html', 'guide.html'].flatMap((path) => LANG_CODES.map((lang) => [path, lang] as const));

/** Runs in the page: what sticks out sideways, and which targets are smaller than 44 px. */
function measure(): { width: number; wide: string[]; small: string[] } {
  const visible = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1 && getComputedStyle(element).visibility !== 'hidden';
  };
  return {
    width: document.documentElement.scrollWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((element) => visible(element) && element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => element.outerHTML.slice(0, 60)),
    small: [...document.querySelectorAll('a[href], button, select, summary')]
      // The skip link is off-screen until a keyboard focuses it.
      .filter((element) => visible(element) && !element.classList.contains('skip-link'))
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.height < 44 || rect.width < 44;
      })
      .map((element) => `${element.outerHTML.slice(0, 60)} (${Math.round(element.getBoundingClientRect().width)} x ${Math.round(element.getBoundingClientRect().height)})`),
  };
}

describe('Chromium as a phone', () => {
  let browser: Launched;

  beforeAll(async () => {
    browser = await launchChromium({ extensionDir: '.output/chrome-mv3', phone: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, lang: string): Promise<PlaywrightPage> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.waitForSelector('h1');
    await choose(page, { region: 'uk' });
    await chooseLanguage(page, lang);
    return page;
  }

  it.each(CASES)('%s in %s: no sideways scrolling, and every target at least 44 px', async (path, lang) => {
    const page = await open(path, lang);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a touch screen').toBe(true);
    const { width, wide, small } = await page.evaluate(measure);
    expect(wide).toEqual([]);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(small).toEqual([]);
    await page.close();
  });

  it('puts the helpline’s number first in the popup’s content, in the first screen, large enough for a thumb', async () => {
    const page = await open('popup.html', 'en');
    const first = await page.evaluate(() => {
      const link = document.querySelector('main a[href]')!;
      const rect = link.getBoundingClientRect();
      return { href: link.getAttribute('href'), bottom: rect.bottom, height: rect.height };
    });
    expect(first.href).toBe('tel:+448081000900');
    expect(first.bottom).toBeLessThanOrEqual(PHONE.height);
    expect(first.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: 'screenshots/chromium-phone-popup-en.png', fullPage: true });
    await page.close();
  });

  it.each(CASES)('axe finds no violation at phone size in %s (%s)', async (path, lang) => {
    const page = await open(path, lang);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(runAxeInPage, AXE_TAGS);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});

describe('Firefox in a narrow window', () => {
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: '.output/firefox-mv3' });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  async function open(path: string, lang: string): Promise<PuppeteerPage> {
    const page = await openExtensionPage(firefox, path);
    await page.setViewport(PHONE);
    await chooseIn(page, { region: 'uk' });
    // The guide's privacy words load after its first paint, in each language chosen: wait for them too.
    if ((await page.evaluate(() => document.documentElement.lang)) !== lang) await chooseIn(page, { lang });
    return page;
  }

  it.each(CASES)('%s in %s: no sideways scrolling, and axe finds nothing', async (path, lang) => {
    const page = await open(path, lang);
    const { width, wide } = await page.evaluate(measure);
    expect(wide).toEqual([]);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(runAxeInPage, AXE_TAGS);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
