/**
 * The shape of the code, checked: imports run one way only, the pages' code reads no
 * directory or words of its own, tests mirror what they test, a language is whole, a region
 * is whole, and a service's id is named only in its region's folder and in the words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRegion, type Region } from '@/data/define';
import { REGIONS, SERVICES } from '@/data/directory';
import type { Service } from '@/data/types';
import { regionPlan } from '@/lib/plan';
import { chooseRegion } from '@/lib/region';
import { WORDS } from '@/locales/all';
import { LANGS, languagePieces } from '@/locales/langs';
import { zoneLists, zonePlaces } from '@/modules/zones';
import { EXPECTED } from '../expected';

const ROOT = process.cwd();

function filesIn(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file).split('\\').join('/'))
    .filter((file) => pattern.test(file));
}

interface Import {
  target: string;
  /** `import type`: erased from the build. */
  typeOnly: boolean;
}

/** The project files a source file imports (packages are left out). */
function importsOf(file: string): Import[] {
  const source = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(import|export)(\s+type)?\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = match[3] ?? match[4] ?? '';
    let target: string | undefined;
    if (spec.startsWith('@/')) target = spec.slice(2);
    else if (spec.startsWith('.')) target = relative(ROOT, join(dirname(join(ROOT, file)), spec));
    if (!target) continue;
    const resolved = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => normalize(target + end)).find((path) => existsSync(path) && !path.endsWith('/') && /\.(tsx?|css)$/.test(path));
    if (resolved) found.push({ target: resolved.split('\\').join('/'), typeOnly: Boolean(match[2]) });
  }
  return found;
}

/** Lower layers never import higher ones: data, then locales, then lib, then components, then entrypoints. */
const LAYERS: [string, number][] = [
  ['data/', 0],
  ['locales/', 1],
  ['lib/', 2],
  ['components/', 3],
  ['entrypoints/', 4],
];
const layerOf = (file: string) => LAYERS.find(([prefix]) => file.startsWith(prefix))?.[1];
/** What the tests expect of a region, beside its data: test data, never imported by the app. */
const EXPECTATION = /^data\/(expectations\.ts|.*\/expected\.ts)$/;
const APP = ['data', 'locales', 'lib', 'components', 'entrypoints'].flatMap((dir) => filesIn(dir)).filter((file) => !EXPECTATION.test(file));
const GRAPH = new Map(APP.map((file) => [file, importsOf(file)]));

/** Every file a file reaches by imports that stay in the build (type-only imports are erased). */
function reached(from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { target, typeOnly } of GRAPH.get(file) ?? []) if (!typeOnly) visit(target);
  };
  visit(from);
  return seen;
}

describe('the import graph', () => {
  it('sees the imports it checks (the check can fail)', () => {
    expect(GRAPH.get('components/popup/PopupApp.tsx')?.map((edge) => edge.target)).toContain('lib/pack.ts');
    expect(GRAPH.get('lib/plan.ts')).toContainEqual({ target: 'data/directory.ts', typeOnly: false });
    expect(reached('lib/project.ts')).toContain('data/regions/uk/index.ts');
  });

  it('runs downhill only: data, locales, lib, components, entrypoints', () => {
    const uphill: string[] = [];
    for (const [file, imports] of GRAPH) {
      for (const { target } of imports) {
        const from = layerOf(file);
        const to = layerOf(target);
        if (from !== undefined && to !== undefined && to > from) uphill.push(`${file} → ${target}`);
        if (EXPECTATION.test(target)) uphill.push(`${file} → ${target} (a test's expectations)`);
      }
    }
    expect(uphill).toEqual([]);
  });

  it('keeps the directory and the words out of the pages: they render the pack they are given', () => {
    const leaks = ['entrypoints/popup/index.tsx', 'entrypoints/guide/main.tsx'].flatMap((entry) =>
      [...reached(entry)].filter((file) => file.startsWith('data/') || /^locales\/[a-z]{2,3}\//.test(file) || file === 'locales/all.ts').map((file) => `${entry} → ${file}`),
    );
    expect(leaks).toEqual([]);
    // The check can fail: the build's own projection reaches both.
    expect([...reached('lib/project.ts')].filter((file) => file.startsWith('data/') || file.startsWith('locales/en/')).length).toBeGreaterThan(5);
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
      for (const { target } of GRAPH.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of GRAPH.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('tests mirror the files they test', () => {
  // Two check the whole: this house, and what each region shows on both pages.
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

describe('a service is named in one home', () => {
  /**
   * Where a service's id may be written: the folders of the regions it serves (its home, and
   * Ireland's for the UK's helpline it shares), or the online programmes'; and the words.
   */
  const homes = (service: Service) =>
    service.regions === 'anywhere'
      ? ['data/online/', 'locales/\\w+/online\\.ts']
      : service.regions.flatMap((region) => [`data/regions/${region}/`, `locales/\\w+/regions/${region}\\.ts`]);
  const CODE = ['data', 'locales', 'lib', 'components', 'entrypoints', 'modules', 'scripts', 'tests'].flatMap((dir) => filesIn(dir));

  /** The files that write an id in quotes, other than its homes. */
  function namedOutside(id: string, allowed: readonly string[], files: readonly { file: string; text: string }[]): string[] {
    const quoted = new RegExp(`['"\`]${id.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}['"\`]`);
    return files.filter(({ file, text }) => !allowed.some((home) => new RegExp(`^${home}`).test(file)) && quoted.test(text)).map(({ file }) => file);
  }

  const FILES = CODE.map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('nowhere but its region’s folder and the languages’ words', () => {
    const outside = SERVICES.flatMap((service) => namedOutside(service.id, homes(service), FILES).map((file) => `${service.id} in ${file}`));
    expect(outside).toEqual([]);
  });

  it('would be found elsewhere (the check can fail)', () => {
    const service = SERVICES[0]!;
    expect(namedOutside(service.id, homes(service), [{ file: 'lib/x.ts', text: `const id = '${service.id}';` }])).toEqual(['lib/x.ts']);
  });
});

describe('languages', () => {
  type Entry = { code: string; name: string };

  /** What a language still lacks, for a list of LANGS entries: its files, its words for every region. */
  function missing(entries: readonly Entry[]): string[] {
    const lacking: string[] = [];
    for (const { code, name } of entries) {
      lacking.push(...languagePieces(code).filter((piece) => !existsSync(piece)));
      for (const region of REGIONS) if (!existsSync(`locales/${code}/regions/${region.id}.ts`)) lacking.push(`locales/${code}/regions/${region.id}.ts`);
      if (!name.trim()) lacking.push(`the name of ${code} in LANGS`);
      if (!Object.hasOwn(WORDS, code)) lacking.push(`its entry in WORDS (locales/all.ts)`);
    }
    return lacking;
  }

  it('every language in LANGS has every piece', () => {
    expect(missing(LANGS)).toEqual([]);
  });

  it('a language listed in LANGS alone is named, piece by piece, as incomplete', () => {
    expect(missing([{ code: 'xx', name: 'Xx' }])).toEqual([
      ...languagePieces('xx'),
      ...REGIONS.map((region) => `locales/xx/regions/${region.id}.ts`),
      'its entry in WORDS (locales/all.ts)',
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

describe('regions', () => {
  /**
   * What a region still lacks: its folder (its data and its expectations) and its entry in
   * REGIONS; the countries it covers; the help every region has (a crisis line, a number for
   * your own life and for a child in danger, a reporting route); the calling code of its
   * numbers; its words in every language.
   */
  function missing(region: Region, services: readonly Service[]): string[] {
    const { id } = region;
    const lacking: string[] = [];
    for (const file of ['index.ts', 'expected.ts']) if (!existsSync(`data/regions/${id}/${file}`)) lacking.push(`data/regions/${id}/${file}`);
    if (!REGIONS.some((known) => known.id === id)) lacking.push(`its entry in REGIONS (data/directory.ts)`);
    const everywhere = id === 'elsewhere';
    if (!everywhere && region.countries.length === 0) lacking.push(`the countries of ${id}`);
    const plan = regionPlan(id as (typeof REGIONS)[number]['id'], services);
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
      if (!existsSync(`locales/${code}/regions/${id}.ts`)) lacking.push(`its words in ${code} (locales/${code}/regions/${id}.ts)`);
    }
    return [...new Set(lacking)];
  }

  it.each(REGIONS.map((region) => [region.id, region] as const))('%s has every piece', (_id, region) => {
    expect(missing(region, SERVICES)).toEqual([]);
  });

  it('every region has its expectations', () => {
    expect(EXPECTED.map((expected) => expected.region)).toEqual(REGIONS.map((region) => region.id));
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
      'data/regions/xx/index.ts',
      'data/regions/xx/expected.ts',
      'its entry in REGIONS (data/directory.ts)',
      'the countries of xx',
      'the emergency number of xx',
      'a reporting route for xx',
      "the calling code of XX (xx's numbering)",
      ...LANGS.map(({ code }) => `its words in ${code} (locales/${code}/regions/xx.ts)`),
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
    const plan = regionPlan('xx' as 'uk', [...SERVICES, ...whole.services]);
    expect([plan.crisis.map((service) => service.id), plan.emergency?.id, plan.reporting.map((service) => service.id)]).toEqual([
      ['xx-crisis'],
      'xx-112',
      ['xx-report'],
    ]);
    expect(chooseRegion('Asia/Tokyo', zoneLists(zonePlaces([...REGIONS, whole])))).toBe('xx');
    // What is left is on disk: its files, its entry, its words.
    expect(missing(whole, [...SERVICES, ...whole.services]).filter((piece) => !/^(data\/|its )/.test(piece))).toEqual([]);
  });
});
