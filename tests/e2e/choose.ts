/**
 * Picks a region and a language with the page's own selects, as a person would, and waits
 * until the page shows them: its <main> is busy (aria-busy) until the chosen pack is in, and
 * the guide's privacy section until its words are (they load after the first paint).
 */
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** Runs in the page: whether it shows this region in this language, with nothing loading. */
const shows = ([region, lang]: readonly [string | undefined, string | undefined]) =>
  (!region || document.querySelector<HTMLSelectElement>('#region')?.value === region) &&
  (!lang || document.documentElement.lang === lang) &&
  document.querySelector('[aria-busy="true"]') === null;

/** Playwright. */
export async function choose(page: Page, { region, lang }: { region?: string; lang?: string }): Promise<void> {
  if (region) await page.locator('#region').selectOption(region);
  if (lang) await page.locator('#lang').selectOption(lang);
  await page.waitForFunction(shows, [region, lang] as const);
}

export const chooseLanguage = (page: Page, lang: string) => choose(page, { lang });

/** Puppeteer (Firefox). */
export async function chooseIn(page: PuppeteerPage, { region, lang }: { region?: string; lang?: string }): Promise<void> {
  if (region) await page.select('#region', region);
  if (lang) await page.select('#lang', lang);
  await page.waitForFunction(shows, {}, [region, lang] as const);
}
