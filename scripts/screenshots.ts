/**
 * npm run screenshots: store screenshots (1280 x 800) of the real built extension in
 * Chromium: the popup in each language, framed on a plain background, and the full guide
 * in each language. Written to store/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANG_CODES } from '../locales/langs';
import { launchChromium } from './browsers/chromium';

const OUT = resolve('store/screenshots');
const SIZE = { width: 1280, height: 800 };
mkdirSync(OUT, { recursive: true });
const frames = mkdtempSync(join(tmpdir(), 'signpost-frames-'));
const browser = await launchChromium({ extensionDir: '.output/chrome-mv3' });

try {
  for (const lang of LANG_CODES) {
    // The popup as the browser shows it: its own size, then placed on a 1280 x 800 canvas.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 800 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('h1');
    await popup.selectOption('#region', 'uk');
    if (lang !== 'en') {
      await popup.selectOption('#lang', lang);
      await popup.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
    }
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
    await guide.goto(`chrome-extension://${browser.extensionId}/guide.html#region=uk&lang=${lang}`);
    await guide.waitForSelector('h1');
    await guide.screenshot({ path: join(OUT, `guide-${lang}.png`) });
    await guide.close();
  }
  console.log(`Wrote ${LANG_CODES.map((lang) => `popup-${lang}.png, guide-${lang}.png`).join(', ')} to ${OUT}`);
} finally {
  await browser.close();
  rmSync(frames, { recursive: true, force: true });
}
