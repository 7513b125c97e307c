/**
 * A WXT module (WXT loads every file in modules/): writes the pages' packs into the build
 * (lib/pack.ts): for each page, one file per region and language, and one per language,
 * from lib/project.ts: the same typed function of the directory and the words that the
 * unit tests run. No file holds two regions' help, and a new region or language adds files
 * here, not bytes to a page.
 * lib/project.ts is loaded with Vite's own module runner, which reads the project's "@/"
 * imports as the build does.
 */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { REGION_IDS } from '../data/directory';
import { PACK_PATHS, packStylesheet } from '../lib/load-pack';
import type * as Project from '../lib/project';
import { LANG_CODES } from '../locales/langs';

/** Every pack: where it goes in the build, and its text. */
export async function packFiles(root: string): Promise<{ relativeDest: string; contents: string }[]> {
  const { module: project } = await runnerImport<typeof Project>(resolve(root, 'lib/project.ts'), {
    configFile: false,
    root,
    resolve: { alias: { '@': root } },
    logLevel: 'silent',
  });
  const { PACK_FILES: data } = project;
  const file = (path: string, contents: unknown) => ({ relativeDest: path.slice(1), contents: packStylesheet(contents) });
  return LANG_CODES.flatMap((lang) => [
    file(PACK_PATHS.language(lang), data.language(lang)),
    file(PACK_PATHS.guideLanguage(lang), data.guideLanguage(lang)),
    file(PACK_PATHS.privacy(lang), data.privacy(lang)),
    ...REGION_IDS.flatMap((region) => [
      file(PACK_PATHS.popup(region, lang), data.popup(region, lang)),
      file(PACK_PATHS.guide(region, lang), data.guide(region, lang)),
    ]),
  ]);
}

export default defineWxtModule((wxt) => {
  wxt.hook('build:publicAssets', async (_wxt, files) => {
    files.push(...(await packFiles(wxt.config.root)));
  });
});
