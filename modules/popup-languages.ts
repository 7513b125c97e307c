/**
 * A WXT module (WXT loads every file in modules/): writes each language's popup sentences,
 * but English's, as a language pack, popup-lang/<code>.js, from locales/<code>/popup.ts,
 * for every language in LANGS. So a new language needs no file here or in entrypoints/.
 * popup.js carries English and loads only the pack of the language it shows
 * (locales/popup-messages.ts).
 */
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import type { PopupMessages } from '../locales';
import { LANG_CODES } from '../locales/langs';
import { packPath, packScript } from '../locales/popup-messages';

/** Every language's pack, but English's: where it goes in the build, and its text. */
export async function languagePacks(root: string): Promise<{ relativeDest: string; contents: string }[]> {
  const codes = LANG_CODES.filter((code) => code !== 'en');
  return Promise.all(
    codes.map(async (code) => {
      // WXT loads modules with jiti, which reads TypeScript: a locale file is data and types.
      const file: { default: PopupMessages } = await import(resolve(root, 'locales', code, 'popup.ts'));
      return { relativeDest: packPath(code).slice(1), contents: packScript(code, file.default) };
    }),
  );
}

export default defineWxtModule((wxt) => {
  wxt.hook('build:publicAssets', async (_wxt, files) => {
    files.push(...(await languagePacks(wxt.config.root)));
  });
});
