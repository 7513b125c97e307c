/**
 * The shape of the code, checked: imports run one way only, tests mirror what they test,
 * a language is whole, a region is whole, and the static popup names only files that
 * exist, its language packs among them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRegion, type Region } from '@/data/define';
import { type RegionId, REGIONS, SERVICES } from '@/data/directory';
import type { Service } from '@/data/types';
import { regionPlan } from '@/lib/plan';
import { chooseRegion } from '@/lib/region';
import { zonePlaces } from '@/modules/zones';
import { MESSAGES } from '@/locales/all';
import { LANG_CODES, type Lang, LANGS, languagePieces } from '@/locales/langs';
import { PLACES } from '../places';
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
  type Entry = { code: string; name: string };

  /** What a language still lacks, for a list of LANGS entries: files, loaders, words. */
  async function missing(entries: readonly Entry[]): Promise<string[]> {
    const lacking: string[] = [];
    for (const { code, name } of entries) {
      lacking.push(...languagePieces(code).filter((piece) => !existsSync(piece)));
      if (!name.trim()) lacking.push(`the name of ${code} in LANGS`);
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
    const pretend: Entry = { code: 'xx', name: 'Xx' };
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

  it.each(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'])('in %s has the language pack of every language, and popup.js has no sentence', (build) => {
    const packs = LANG_CODES.map(packPath);
    expect(packs.filter((pack) => !existsSync(`.output/${build}${pack}`)), 'run npm run build').toEqual([]);
    const popup = readFileSync(`.output/${build}/popup.js`, 'utf8');
    expect(popup, 'English is in popup.js').not.toContain('Confidential help');
  });
});

describe('regions', () => {
  /**
   * What a region still lacks: its home and its entry in REGIONS; how a browser is known to
   * be there; the help every region has (a crisis line, a number for your own life and for a
   * child in danger, a reporting route); the calling code of its numbers; its name and its
   * services' words in every language; and its row in the table of what each place shows.
   */
  function missing(region: Region, services: readonly Service[]): string[] {
    const { id } = region;
    const lacking: string[] = [];
    if (!existsSync(`data/regions/${id}.ts`)) lacking.push(`data/regions/${id}.ts`);
    if (!REGIONS.some((known) => known.id === id)) lacking.push(`its entry in REGIONS (data/directory.ts)`);
    const everywhere = id === 'elsewhere';
    if (!everywhere && region.countries.length === 0) lacking.push(`the countries of ${id}`);
    const plan = regionPlan(id as RegionId, services);
    if (plan.crisis.length === 0) lacking.push(`a crisis line for ${id}`);
    if (!everywhere && !plan.emergency) lacking.push(`the emergency number of ${id}`);
    if (!everywhere && plan.reporting.length === 0) lacking.push(`a reporting route for ${id}`);
    const codes = new Set([...REGIONS, region].flatMap((home) => (home.numbering ? [home.numbering.country] : [])));
    for (const service of region.services) {
      for (const phone of service.phones) {
        if (phone.national && !codes.has(phone.country)) lacking.push(`the calling code of ${phone.country} (${id}'s numbering)`);
      }
    }
    for (const { code } of LANGS) {
      const words = MESSAGES[code];
      if (!Object.hasOwn(words, `region.${id}`)) lacking.push(`its name in ${code} (region.${id} in locales/${code}/popup.ts)`);
      for (const service of plan.crisis) {
        if (!words.services[service.id]?.helpNow) lacking.push(`what ${service.id} is in ${code} (its helpNow in locales/${code}/popup.ts)`);
      }
    }
    if (!PLACES.some((place) => place.region === id)) lacking.push(`its row in tests/places.ts`);
    return [...new Set(lacking)];
  }

  it.each(REGIONS.map((region) => [region.id, region] as const))('%s has every piece', (_id, region) => {
    expect(missing(region, SERVICES)).toEqual([]);
  });

  // A newcomer's first step: a home for a pretend region, with its services, and nothing else yet.
  const pretend = defineRegion('xx', {
    countries: [],
    services: [
      {
        id: 'xx-crisis',
        name: 'Xx Crisis Line',
        role: 'crisis',
        regions: ['xx'],
        phones: [{ display: '0800 000', e164: '+99800000', country: 'XX', for: ['xx'], cost: 'free', national: true }],
        hours: { kind: 'always' },
        sources: [{ url: 'https://example.invalid/', checked: '2026-12-01' }],
      },
    ],
  });

  it('a pretend region is named, piece by piece, as incomplete', () => {
    expect(missing(pretend, [...SERVICES, ...pretend.services])).toEqual([
      'data/regions/xx.ts',
      'its entry in REGIONS (data/directory.ts)',
      'the countries of xx',
      'the emergency number of xx',
      'a reporting route for xx',
      "the calling code of XX (xx's numbering)",
      ...LANG_CODES.flatMap((code) => [
        `its name in ${code} (region.xx in locales/${code}/popup.ts)`,
        `what xx-crisis is in ${code} (its helpNow in locales/${code}/popup.ts)`,
      ]),
      'its row in tests/places.ts',
    ]);
  });

  it('a pretend region, once whole, is chosen from its zone and shows its help', () => {
    const whole = defineRegion('xx', {
      ...pretend,
      countries: ['JP'],
      numbering: { country: 'XX', callingCode: '99' },
      services: [
        ...pretend.services,
        { id: 'xx-112', name: '112', role: 'emergency', regions: ['xx'], phones: [{ display: '112', e164: '112', country: 'XX', for: ['xx'], cost: 'free' }], hours: { kind: 'unknown' }, sources: [] },
        { id: 'xx-report', name: 'Xx Report', role: 'report', anonymous: true, regions: ['xx'], phones: [], hours: { kind: 'always' }, url: 'https://example.invalid/report', sources: [] },
      ],
    });
    const plan = regionPlan('xx' as RegionId, [...SERVICES, ...whole.services]);
    expect([plan.crisis.map((service) => service.id), plan.emergency?.id, plan.reporting.map((service) => service.id)]).toEqual([
      ['xx-crisis'],
      'xx-112',
      ['xx-report'],
    ]);
    expect(chooseRegion('Asia/Tokyo', zonePlaces([...REGIONS, whole]))).toBe('xx');
    // What is left is on disk: its file, its entry, its words, its row.
    expect(missing(whole, [...SERVICES, ...whole.services]).filter((piece) => !/^(data\/|its |what )/.test(piece))).toEqual([]);
  });
});
