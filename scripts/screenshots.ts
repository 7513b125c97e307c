/**
 * npm run screenshots: store screenshots (1280 x 800) of the real built extension in
 * Chromium, for each language in its readers' own place: the popup, framed on a plain
 * background, and the top of the full guide. Each language gets its own browser, set up as a
 * reader's would be there (its language and its time zone), so the pages open in that place
 * and language by themselves, as they would for that reader: nothing is chosen in them. The
 * clock is fixed to an ordinary weekday afternoon, when the UK helpline is open. Written to
 * store/screenshots/ as popup-<lang>.png and guide-<lang>.png.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { type RegionId, SERVICES } from '../data/directory';
import type { HolidayCalendar } from '../data/types';
import { calendarDates, tableStart, YEARS_AHEAD } from '../lib/holiday-table';
import { LANG_CODES, type Lang } from '../locales/langs';
import { launchChromium } from './browsers/chromium';

/**
 * Where each language's readers are, and how their browser says so: the place whose help
 * its screenshots show (the first place the store listing names), a time zone there and the
 * browser's language. Welsh and English: the UK; Norwegian: Norway.
 */
const PLACE: Record<Lang, { region: RegionId; timezoneId: string; locale: string }> = {
  en: { region: 'uk', timezoneId: 'Europe/London', locale: 'en-GB' },
  cy: { region: 'uk', timezoneId: 'Europe/London', locale: 'cy' },
  de: { region: 'de', timezoneId: 'Europe/Berlin', locale: 'de-DE' },
  nl: { region: 'nl', timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' },
  fr: { region: 'fr', timezoneId: 'Europe/Paris', locale: 'fr-FR' },
  nb: { region: 'no', timezoneId: 'Europe/Oslo', locale: 'nb-NO' },
};

/** The calendars of the lines whose hours these places' popups show: the UK helpline's, and Germany's young people's line's. */
const CALENDARS: readonly HolidayCalendar[] = ['GB-ENG', 'GB-SCT', 'GB-NIR', 'DE', 'DE-STATES'];

/**
 * A Tuesday some weeks into the holidays the build carries, a holiday in none of those
 * calendars, at 2pm UTC: 2pm or 3pm in the UK (the UK helpline is open from 9am to 9pm),
 * 3pm or 4pm in Germany (Nummer gegen Kummer is open from 2pm to 8pm).
 */
function ordinaryAfternoon(): Date {
  const from = tableStart(SERVICES.filter((service) => service.regions !== 'anywhere' && service.regions.includes('uk')));
  const until = `${Number(from.slice(0, 4)) + YEARS_AHEAD}${from.slice(4)}`;
  const holidays = new Set(CALENDARS.flatMap((calendar) => calendarDates(calendar, from, until)));
  for (let offset = 60; ; offset++) {
    const day = new Date(Date.parse(from) + offset * 86_400_000).toISOString().slice(0, 10);
    if (new Date(`${day}T12:00:00Z`).getUTCDay() === 2 && !holidays.has(day)) return new Date(`${day}T14:00:00Z`);
  }
}

const OUT = resolve('store/screenshots');
const SIZE = { width: 1280, height: 800 };
/** The popup as a browser shows it: 400 wide, as tall as its content, at most 600. */
const POPUP = { width: 400, height: 600 };
const AT = ordinaryAfternoon();

/** Opens a page of the extension and waits until it shows the place and language it should have chosen by itself. */
async function open(page: Page, url: string, lang: Lang): Promise<void> {
  await page.clock.setFixedTime(AT);
  await page.goto(url);
  await page.waitForSelector('h1');
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') !== 'true');
  const shown = await page.evaluate(() => ({
    region: document.querySelector<HTMLSelectElement>('#region')?.value,
    lang: document.documentElement.lang,
  }));
  const wanted = { region: PLACE[lang].region, lang };
  if (shown.region !== wanted.region || shown.lang !== wanted.lang) {
    throw new Error(`${url} opened ${JSON.stringify(shown)} in ${PLACE[lang].locale} (${PLACE[lang].timezoneId}), not ${JSON.stringify(wanted)}`);
  }
}

mkdirSync(OUT, { recursive: true });
const frames = mkdtempSync(join(tmpdir(), 'signpost-frames-'));
try {
  for (const lang of LANG_CODES) {
    const { locale, timezoneId } = PLACE[lang];
    const browser = await launchChromium({ extensionDir: '.output/chrome-mv3', locale, timezoneId });
    try {
      const base = `chrome-extension://${browser.extensionId}`;

      // The popup as the browser shows it, then placed on a 1280 x 800 canvas.
      const popup = await browser.context.newPage();
      await popup.setViewportSize(POPUP);
      await open(popup, `${base}/popup.html`, lang);
      const shot = join(frames, `popup-${lang}.png`);
      await popup.locator('body').screenshot({ path: shot });
      await popup.close();

      const frame = join(frames, `frame-${lang}.html`);
      writeFileSync(
        frame,
        `<!doctype html><meta charset="utf-8"><style>
          html, body { margin: 0; height: 100%; background: #dfe9e8; }
          body { display: flex; align-items: center; justify-content: center; }
          img { box-shadow: 0 8px 30px rgba(0, 0, 0, 0.25); border-radius: 8px; }
        </style><img src="${pathToFileURL(shot).href}" alt="">`,
      );
      const framed = await browser.context.newPage();
      await framed.setViewportSize(SIZE);
      await framed.goto(pathToFileURL(frame).href);
      await framed.waitForLoadState('load');
      await framed.screenshot({ path: join(OUT, `popup-${lang}.png`) });
      await framed.close();

      const guide = await browser.context.newPage();
      await guide.setViewportSize(SIZE);
      await open(guide, `${base}/guide.html`, lang);
      await guide.screenshot({ path: join(OUT, `guide-${lang}.png`) });
      await guide.close();
    } finally {
      await browser.close();
    }
    console.log(`${lang}: ${PLACE[lang].region} (${locale}, ${timezoneId}) → popup-${lang}.png, guide-${lang}.png`);
  }
  console.log(`Wrote them to ${OUT}, the clock at ${AT.toISOString()}`);
} finally {
  rmSync(frames, { recursive: true, force: true });
}
