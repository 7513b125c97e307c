/** Picks a language with the page's own switch, as a person would (Playwright). */
import type { Page } from 'playwright-core';

export async function chooseLanguage(page: Page, lang: string): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.lang)) === lang) return;
  await page.locator('#lang').selectOption(lang);
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
}
