import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGuidePack, loadPopupPack, loadPrivacyWords, PACK_PATHS, packStylesheet, readPackRule } from '@/lib/load-pack';
import { guidePack, PACK_FILES, popupPack } from '@/lib/project';

/** A file's one custom property as written in it, between the property's colon and the rule's end. */
const written = (stylesheet: string) => /--pack:("(?:[^"\\]|\\.)*")\}/.exec(stylesheet)![1]!;

/** CSSOM's "serialize a string": how a browser that re-serializes a value would give it back. */
const serialized = (text: string) =>
  `"${[...text]
    .map((character) => (character === '"' || character === '\\' ? `\\${character}` : character < ' ' ? `\\${character.codePointAt(0)!.toString(16)} ` : character))
    .join('')}"`;

/** A rule as a browser's CSSOM gives it, returning a property's value the given way. */
const ruleGiving = (value: string) => ({ style: { getPropertyValue: (name: string) => (name === '--pack' ? ` ${value} ` : '') } });

describe('where each pack file is in the build', () => {
  it.each([
    [PACK_PATHS.language('en'), '/packs/en.css'],
    [PACK_PATHS.guideLanguage('cy'), '/packs/cy.guide.css'],
    [PACK_PATHS.privacy('de'), '/packs/de.privacy.css'],
    [PACK_PATHS.popup('uk', 'en'), '/packs/popup/uk.en.css'],
    [PACK_PATHS.guide('elsewhere', 'fr'), '/packs/guide/elsewhere.fr.css'],
  ])('%s is %s', (path, expected) => {
    expect(path).toBe(expected);
  });

  it('gives each file its own path, a stylesheet of the extension’s own', () => {
    const paths = [PACK_PATHS.language('en'), PACK_PATHS.guideLanguage('en'), PACK_PATHS.privacy('en'), PACK_PATHS.popup('uk', 'en'), PACK_PATHS.guide('uk', 'en'), PACK_PATHS.popup('ie', 'en'), PACK_PATHS.popup('uk', 'cy')];
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/packs\/[a-z/.]+\.css$/);
  });
});

describe('a pack file', () => {
  const awkward = {
    quote: 'It’s "quoted", with a \\ backslash and a \\" pair',
    markup: '</style><script>alert(1)</script>} :root{color:red}',
    template: '${globalThis} {name} `tick` /* not a comment */',
    lines: 'one\ntwo\u2028three\u2029four\ttab',
    nested: [{ n: 1, yes: true, no: false, none: null }, []],
  };

  it('is one rule that matches no element, holding one string, on one line', () => {
    const stylesheet = packStylesheet(awkward);
    expect(stylesheet.startsWith('@charset "UTF-8";\n:not(*){--pack:"')).toBe(true);
    expect(stylesheet.endsWith('"}\n')).toBe(true);
    expect(stylesheet.split('\n')).toHaveLength(3);
  });

  it.each([
    ['awkward text', awkward],
    ['the UK popup’s region', PACK_FILES.popup('uk', 'en')],
    ['the Welsh language file', PACK_FILES.language('cy')],
    ['the French guide language file', PACK_FILES.guideLanguage('fr')],
    ['the Welsh privacy file', PACK_FILES.privacy('cy')],
    ['the German guide’s region', PACK_FILES.guide('de', 'de')],
  ])('gives back the same data, as written or as a browser re-serializes it: %s', (_name, data) => {
    const value = written(packStylesheet(data));
    expect(readPackRule(ruleGiving(value))).toStrictEqual(data);
    // The same string, as CSSOM would serialize it: the escapes are the same two.
    const text = value.slice(1, -1).replace(/\\(.)/g, '$1');
    expect(readPackRule(ruleGiving(serialized(text)))).toStrictEqual(data);
  });

  it('refuses a rule that holds no string', () => {
    expect(() => readPackRule(ruleGiving(''))).toThrow(/no string/);
    expect(() => readPackRule(ruleGiving('red'))).toThrow(/no string/);
  });
});

describe('loadPopupPack, loadGuidePack and loadPrivacyWords, with the stylesheets a browser would load', () => {
  // A page just enough to load a stylesheet: each link "loads" the file the build writes.
  const FILES = new Map<string, string>();
  const added: string[] = [];
  const global = globalThis as { document?: unknown };

  beforeEach(() => {
    global.document = {
      createElement: () => {
        const link = { rel: '', href: '', sheet: undefined as unknown, onload: () => undefined, onerror: () => undefined, remove: () => undefined };
        return link;
      },
      head: {
        append(link: { href: string; sheet: unknown; onload(): void; onerror(): void }) {
          added.push(link.href);
          const text = FILES.get(link.href);
          if (text === undefined) return link.onerror();
          link.sheet = { cssRules: [ruleGiving(written(text))] };
          link.onload();
        },
      },
    };
  });

  afterEach(() => {
    delete global.document;
    FILES.clear();
    added.length = 0;
  });

  function build(region: 'uk' | 'be', lang: 'en' | 'fr') {
    FILES.set(PACK_PATHS.language(lang), packStylesheet(PACK_FILES.language(lang)));
    FILES.set(PACK_PATHS.guideLanguage(lang), packStylesheet(PACK_FILES.guideLanguage(lang)));
    FILES.set(PACK_PATHS.privacy(lang), packStylesheet(PACK_FILES.privacy(lang)));
    FILES.set(PACK_PATHS.popup(region, lang), packStylesheet(PACK_FILES.popup(region, lang)));
    FILES.set(PACK_PATHS.guide(region, lang), packStylesheet(PACK_FILES.guide(region, lang)));
  }

  it.each([
    ['uk', 'en'],
    ['be', 'fr'],
  ] as const)('puts together the same packs for %s in %s as the tests build, from only the files it needs', async (region, lang) => {
    build(region, lang);
    expect(await loadPopupPack(region, lang)).toStrictEqual(popupPack(region, lang));
    expect(added).toEqual([PACK_PATHS.language(lang), PACK_PATHS.popup(region, lang)]);
    added.length = 0;
    expect(await loadGuidePack(region, lang)).toStrictEqual(guidePack(region, lang));
    // The language's file is in already (the popup's); the privacy words are not among them:
    // the guide adds them after its first paint.
    expect(added).toEqual([PACK_PATHS.guideLanguage(lang), PACK_PATHS.guide(region, lang)]);
    expect(await loadPrivacyWords(lang)).toStrictEqual(PACK_FILES.privacy(lang));
    expect(added).toEqual([PACK_PATHS.guideLanguage(lang), PACK_PATHS.guide(region, lang), PACK_PATHS.privacy(lang)]);
  });

  it('fails when a file is missing, and tries it again when asked again', async () => {
    await expect(loadPopupPack('uk', 'fr')).rejects.toThrow(/did not load/);
    build('uk', 'fr');
    await expect(loadPopupPack('uk', 'fr')).resolves.toStrictEqual(popupPack('uk', 'fr'));
  });
});
