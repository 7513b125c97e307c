/**
 * A WXT module (WXT loads every file in modules/): writes each language's popup sentences
 * as a language pack, popup-lang/<code>.js, from locales/<code>/popup.ts, for every
 * language in LANGS, English's too. So a new language needs no file here or in
 * entrypoints/. popup.js holds no sentence: in the popup's build, locales/en/popup.ts is
 * English's keys with no words, the order a pack's list follows
 * (locales/popup-messages.ts).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import type { PopupMessages } from '../locales';
import { LANG_CODES } from '../locales/langs';
import { keysOnly, packPath, packScript } from '../locales/popup-messages';

// WXT loads modules with jiti, which reads TypeScript: a locale file is data and types.
const popupWords = async (root: string, code: string): Promise<PopupMessages> =>
  ((await import(resolve(root, 'locales', code, 'popup.ts'))) as { default: PopupMessages }).default;

/** Every language's pack: where it goes in the build, and its text. */
export async function languagePacks(root: string): Promise<{ relativeDest: string; contents: string }[]> {
  return Promise.all(
    LANG_CODES.map(async (code) => ({ relativeDest: packPath(code).slice(1), contents: packScript(code, await popupWords(root, code)) })),
  );
}

const ENGLISH = /[\\/]locales[\\/]en[\\/]popup\.ts$/;

/** In the popup's build, locales/en/popup.ts as English's keys with no words. */
export function englishKeysOnly(root: string): Plugin {
  return {
    name: 'signpost:english-keys-only',
    enforce: 'pre',
    async load(id) {
      if (!ENGLISH.test(id.split('?')[0] ?? '')) return null;
      return `export default ${JSON.stringify(keysOnly(await popupWords(root, 'en')))};`;
    },
  };
}

export default defineWxtModule((wxt) => {
  wxt.hook('build:publicAssets', async (_wxt, files) => {
    files.push(...(await languagePacks(wxt.config.root)));
  });
  // Only the popup's build: its one script is built alone (entrypoints/popup/index.tsx).
  wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
    if (entrypoints.some((entrypoint) => entrypoint.name === 'popup')) (config.plugins ??= []).push(englishKeysOnly(wxt.config.root));
  });
});
