/**
 * The shape of the code, checked: imports run one way only, tests mirror what they test,
 * a language is whole, and the static popup names only files that exist, its language
 * packs among them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANG_CODES, type Lang, LANGS, languagePieces } from '@/locales/langs';
import { loadGuideMessages } from '@/locales/load';
import { packPath } from '@/locales/popup-messages';

const ROOT = process.cwd();

function filesIn(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file).split('\\').join('/'))
    .filter((file) => pattern.test(file));
}

/** The project files a source file imports (packages are left out). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = match[1] ?? match[2] ?? '';
    let target: string | undefined;
    if (spec.startsWith('@/')) target = spec.slice(2);
    else if (spec.startsWith('.')) target = relative(ROOT, join(dirname(join(ROOT, file)), spec));
    if (!target) continue;
    const resolved = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => normalize(target + end)).find((path) => existsSync(path) && !path.endsWith('/') && /\.(tsx?|css)$/.test(path));
    if (resolved) found.push(resolved.split('\\').join('/'));
  }
  return found;
}

/** Lower layers never import higher ones: data and locales, then lib, then components, then entrypoints. */
const LAYERS: [string, number][] = [
  ['data/', 0],
  ['locales/', 0],
  ['lib/', 1],
  ['components/', 2],
  ['entrypoints/', 3],
];
const layerOf = (file: string) => LAYERS.find(([prefix]) => file.startsWith(prefix))?.[1];
const APP = ['data', 'locales', 'lib', 'components', 'entrypoints'].flatMap((dir) => filesIn(dir));
const GRAPH = new Map(APP.map((file) => [file, importsOf(file)]));

describe('the import graph', () => {
  it('sees the imports it checks (the check can fail)', () => {
    expect(GRAPH.get('components/popup/PopupApp.tsx')).toContain('lib/plan.ts');
    expect(GRAPH.get('lib/plan.ts')).toContain('data/directory.ts');
  });

  it('runs downhill only: data and locales, lib, components, entrypoints', () => {
    const uphill: string[] = [];
    for (const [file, imports] of GRAPH) {
      for (const target of imports) {
        const from = layerOf(file);
        const to = layerOf(target);
        if (from === undefined || to === undefined) continue;
        if (to > from || (from === 0 && to === 0 && file.split('/')[0] !== target.split('/')[0])) uphill.push(`${file} → ${target}`);
      }
    }
    expect(uphill).toEqual([]);
  });

  it('keeps the directory out of components: they render the plan they are given', () => {
    const direct = [...GRAPH].flatMap(([file, imports]) =>
      file.startsWith('components/') ? imports.filter((target) => target.startsWith('data/')).map((target) => `${file} → ${target}`) : [],
    );
    expect(direct).toEqual([]);
  });

  it('has no cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of GRAPH.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of GRAPH.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('tests mirror the files they test', () => {
  // Two check the whole: this house, and what each place shows on both pages.
  const WHOLE = ['house.test.ts', 'places.test.tsx'];

  it('every unit test file is named after the source file it tests, but those that check the whole', () => {
    const orphans = filesIn('tests/unit', /\.test\.tsx?$/)
      .map((file) => file.slice('tests/unit/'.length))
      .filter((file) => !WHOLE.includes(file))
      .filter((file) => {
        const source = file.replace(/\.test\.(tsx?)$/, '');
        return !['.ts', '.tsx'].some((end) => existsSync(source + end));
      });
    expect(orphans).toEqual([]);
  });
});

describe('languages', () => {
  type Entry = { code: string; name: string; switchLabel: string };

  /** What a language still lacks, for a list of LANGS entries: files, loaders, words. */
  async function missing(entries: readonly Entry[]): Promise<string[]> {
    const lacking: string[] = [];
    for (const { code, name, switchLabel } of entries) {
      lacking.push(...languagePieces(code).filter((piece) => !existsSync(piece)));
      if (!name.trim() || !switchLabel.includes(name)) lacking.push(`the name and switch label of ${code} in LANGS`);
      const loaded = await loadGuideMessages(code as Lang).then(
        (messages) => messages['page.title'] !== undefined,
        () => false,
      );
      if (!loaded) lacking.push(`the guide's sentences for ${code} (locales/load.ts)`);
    }
    return lacking;
  }

  it('every language in LANGS has every piece', async () => {
    expect(await missing(LANGS)).toEqual([]);
  });

  it('a language listed in LANGS alone is named, piece by piece, as incomplete', async () => {
    const pretend: Entry = { code: 'xx', name: 'Xx', switchLabel: 'Xx (switch to Xx)' };
    expect(await missing([...LANGS, pretend])).toEqual([
      'locales/xx/popup.ts',
      'locales/xx/guide.ts',
      'public/_locales/xx/messages.json',
      'store/listing.xx.md',
      "the guide's sentences for xx (locales/load.ts)",
    ]);
  });

  it('no language has files but no entry in LANGS', () => {
    const codes = new Set<string>(LANGS.map((lang) => lang.code));
    const folders = readdirSync('locales', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const locales = readdirSync('public/_locales');
    expect([...folders, ...locales].filter((code) => !codes.has(code))).toEqual([]);
  });

  it('every _locales file has the same names as English', () => {
    const keys = (code: string) => Object.keys(JSON.parse(readFileSync(`public/_locales/${code}/messages.json`, 'utf8'))).sort();
    for (const { code } of LANGS) expect(keys(code), code).toEqual(keys('en'));
  });
});

describe('the static popup page', () => {
  it.each(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'])('in %s names only files the build has', (build) => {
    const html = readFileSync(`.output/${build}/popup.html`, 'utf8');
    const named = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(named).toEqual(['/assets/popup.css', '/popup.js']);
    for (const file of named) expect(existsSync(`.output/${build}${file}`), file).toBe(true);
  });

  it.each(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'])('in %s has a stylesheet with none of the guide’s rules', (build) => {
    const css = readFileSync(`.output/${build}/assets/popup.css`, 'utf8');
    expect(css.match(/\.guide\b|\.print-card|@media print|\.exit-button/g)).toBeNull();
  });

  it.each(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'])('in %s has the language pack of every language but English', (build) => {
    const packs = LANG_CODES.filter((code) => code !== 'en').map(packPath);
    expect(packs.filter((pack) => !existsSync(`.output/${build}${pack}`)), 'run npm run build').toEqual([]);
    expect(existsSync(`.output/${build}${packPath('en')}`), 'English is in popup.js').toBe(false);
  });
});
