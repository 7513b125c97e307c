import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGION_IDS } from '@/data/directory';
import { PACK_PATHS, readPackRule } from '@/lib/load-pack';
import { WORDS } from '@/locales/all';
import { LANG_CODES } from '@/locales/langs';
import { packFiles } from '@/modules/packs';

/** A written file's data, read back as a browser's CSSOM gives its one string. */
function dataOf(contents: string): Record<string, unknown> {
  const value = /--pack:("(?:[^"\\]|\\.)*")\}/.exec(contents)![1]!;
  return readPackRule({ style: { getPropertyValue: () => value } }) as Record<string, unknown>;
}

describe('the packs the build writes', () => {
  let files: Map<string, string>;

  // A harness limit, not a measure: the build's module runner makes every pack, seconds on a loaded machine.
  beforeAll(async () => {
    files = new Map((await packFiles(resolve('.'))).map(({ relativeDest, contents }) => [`/${relativeDest}`, contents]));
  }, 120_000);

  it('writes every file a page asks for, and no other', () => {
    const expected = LANG_CODES.flatMap((lang) => [
      PACK_PATHS.language(lang),
      PACK_PATHS.guideLanguage(lang),
      PACK_PATHS.privacy(lang),
      ...REGION_IDS.flatMap((region) => [PACK_PATHS.popup(region, lang), PACK_PATHS.guide(region, lang)]),
    ]);
    expect([...files.keys()].sort()).toEqual(expected.sort());
  });

  it.each(LANG_CODES)('writes the privacy section’s %s words in their own file, and none in the guide’s language file', (lang) => {
    const privacy = Object.entries(WORDS[lang].guide).filter(([key]) => key.startsWith('privacy.'));
    expect(privacy.length).toBeGreaterThan(20);
    expect(dataOf(files.get(PACK_PATHS.privacy(lang))!)).toStrictEqual(Object.fromEntries(privacy));
    const guide = dataOf(files.get(PACK_PATHS.guideLanguage(lang))!).words as Record<string, string>;
    expect(Object.keys(guide).filter((key) => key.startsWith('privacy.'))).toEqual([]);
    // The section's heading is in before the first paint: the contents list and the heading show it.
    expect(guide['section.privacy']).toBe(WORDS[lang].guide['section.privacy']);
  });
});
