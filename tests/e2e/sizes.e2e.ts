/**
 * Sizes, which are the same on any machine, held to their budgets (scripts/budgets.ts) on
 * the build: the bytes each page loads before it first paints, for every region in every
 * language, and the Chrome zip. (Timings are npm run bench's, never a test's.) And a house
 * that grows at constant cost: ten more regions and ten more languages, added as the README
 * says, leave every existing region's files byte for byte as they are, each language's file
 * as it is but for the new regions' names in the picker, and popup.js as it is but for the
 * new languages' names in the switch and the new regions' time zones.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_IDS } from '@/data/directory';
import { PACK_PATHS } from '@/lib/load-pack';
import { LANG_CODES } from '@/locales/langs';
import { BUDGET, guideFirstPaint, gzipTotal, popupFirstPaint, zipBudget } from '../../scripts/budgets';
import { ignoredBy } from '../../scripts/ignore';
import { deterministicZip, filesUnder } from '../../scripts/zip';

const BUILD = '.output/chrome-mv3';
const PAIRS = REGION_IDS.flatMap((region) => LANG_CODES.map((lang) => [region, lang] as const));

/** "14,422 bytes gzip (popup.js, …) is over the budget of …", for a failure to say it all. */
const over = (bytes: number, budget: number, files: string[]) =>
  `${bytes} bytes gzip (${files.join(', ')}) against a budget of ${budget}`;

describe('bytes before first paint, gzip level 9, within the budgets', () => {
  beforeAll(() => {
    expect(existsSync(`${BUILD}/manifest.json`), `${BUILD} is missing: run npm run build`).toBe(true);
  });

  it.each(PAIRS)('the popup’s script and pack in %s, in %s', (region, lang) => {
    const { js, data } = popupFirstPaint(BUILD, region, lang);
    const bytes = gzipTotal(BUILD, [...js, ...data]);
    expect(bytes, over(bytes, BUDGET.popupJs, [...js, ...data])).toBeLessThanOrEqual(BUDGET.popupJs);
  });

  it('the popup’s CSS', () => {
    const { css } = popupFirstPaint(BUILD, 'uk', 'en');
    const bytes = gzipTotal(BUILD, css);
    expect(bytes, over(bytes, BUDGET.popupCss, css)).toBeLessThanOrEqual(BUDGET.popupCss);
  });

  it.each(PAIRS)('the guide’s scripts and pack in %s, in %s', (region, lang) => {
    const { js, data } = guideFirstPaint(BUILD, region, lang);
    const bytes = gzipTotal(BUILD, [...js, ...data]);
    expect(bytes, over(bytes, BUDGET.guideJs, [...js, ...data])).toBeLessThanOrEqual(BUDGET.guideJs);
  });

  it('the Chrome zip', async () => {
    const bytes = (await deterministicZip(BUILD, filesUnder(BUILD), 0)).length;
    const budget = zipBudget(REGION_IDS.length, LANG_CODES.length);
    expect(bytes, over(bytes, budget, ['the whole build'])).toBeLessThanOrEqual(budget);
  });
});

describe('ten more regions and ten more languages', () => {
  // ISO 639's and 3166's codes for local use: no real language or country has them.
  const PRETEND_LANGS = Array.from({ length: 10 }, (_, index) => `qa${String.fromCharCode(97 + index)}`);
  const PRETEND_REGIONS = Array.from({ length: 10 }, (_, index) => `qm${String.fromCharCode(97 + index)}`);
  // Each pretend region covers a real country Signpost has no region for, so it has time zones.
  const COUNTRIES = ['JP', 'IN', 'ES', 'IT', 'PL', 'SE', 'FI', 'PT', 'GR', 'KR'];
  let folder: string;
  let built: string;
  let errors: string[] = [];

  /** A language's entry in LANGS, as the build writes it into popup.js (minified). */
  const entry = (code: string) => ({ code, name: code[0]!.toUpperCase() + code.slice(1) });

  /** Edits a file of the copy. */
  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(folder, file), change(readFileSync(join(folder, file), 'utf8')));

  /** A copy of Germany's folder and words as a new region, as the README's "Adding a region" says. */
  function addRegion(id: string, country: string) {
    // Its services' ids, as keys of its words (quoted or not) and in its expectations.
    const OWN = /^(\s+)'?(kein-taeter-werden|telefonseelsorge|nummer-gegen-kummer|internet-beschwerdestelle)'?:/gm;
    const rename = (text: string) =>
      text
        .replace(OWN, `$1'${id}-$2':`)
        .replace(/^(\s+)'(emergency-112|police-110)-de':/gm, `$1'$2-${id}':`)
        .replace(/\bid: '([^']+)'/g, `id: '${id}-$1'`)
        .replace(/'de'/g, `'${id}'`)
        .replace(/\bcountries: \['DE'\]/, `countries: ['${country}']`)
        .replace(/'(kein-taeter-werden|telefonseelsorge|nummer-gegen-kummer|internet-beschwerdestelle)\b/g, `'${id}-$1`)
        .replace(/'(emergency-112|police-110)-de\b/g, `'$1-${id}`)
        .replace(/regions\/de\b/g, `regions/${id}`)
        .replace(/\bimport type de from/, 'import type region from')
        .replace(/RegionWords<typeof de>/, 'RegionWords<typeof region>');
    cpSync(join(folder, 'data/regions/de'), join(folder, 'data/regions', id), { recursive: true });
    for (const file of ['index.ts', 'expected.ts']) edit(`data/regions/${id}/${file}`, rename);
    edit('data/directory.ts', (text) =>
      text.replace(/import us from '.\/regions\/us';\n/, (line) => `${line}import ${id} from './regions/${id}';\n`).replace(', elsewhere] as const', `, ${id}, elsewhere] as const`),
    );
    for (const lang of [...LANG_CODES, ...PRETEND_LANGS]) {
      writeFileSync(join(folder, `locales/${lang}/regions/${id}.ts`), rename(readFileSync(join(folder, `locales/${lang}/regions/de.ts`), 'utf8')).replace(/name: '[^']*'/, `name: '${id.toUpperCase()}'`));
      edit(`locales/${lang}/index.ts`, (text) =>
        text.replace(/import us from '.\/regions\/us';\n/, (line) => `${line}import ${id} from './regions/${id}';\n`).replace(', elsewhere }', `, ${id}, elsewhere }`),
      );
    }
  }

  /** A copy of English under another code, as the README's "Adding a language" says. */
  function addLanguage(code: string) {
    cpSync(join(folder, 'locales/en'), join(folder, 'locales', code), { recursive: true });
    edit('locales/langs.ts', (text) => text.replace('] as const;', `  ${JSON.stringify(entry(code))},\n] as const;`));
    edit('locales/all.ts', (text) =>
      text.replace("import en from './en';\n", (line) => `${line}import ${code} from './${code}';\n`).replace('{ en, ', `{ en, ${code}, `),
    );
  }

  beforeAll(() => {
    expect(existsSync(`${BUILD}/popup.js`), `${BUILD} is missing: run npm run build`).toBe(true);
    folder = mkdtempSync(join(tmpdir(), 'signpost-grown-'));
    built = join(folder, BUILD);
    // The sources, as in a sources zip, with the same installed packages.
    const ignored = ignoredBy(readFileSync('.gitignore', 'utf8'));
    for (const file of filesUnder('.', (path) => path === '.git' || ignored(path))) {
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      cpSync(file, join(folder, file));
    }
    symlinkSync(join(process.cwd(), 'node_modules'), join(folder, 'node_modules'));
    for (const code of PRETEND_LANGS) addLanguage(code);
    PRETEND_REGIONS.forEach((id, index) => addRegion(id, COUNTRIES[index]!));
    // One Chrome build; vitest's NODE_ENV must not reach it.
    const { NODE_ENV: _ignored, ...env } = process.env;
    execFileSync('npx', ['wxt', 'build'], { cwd: folder, env, stdio: ['ignore', 'ignore', 'pipe'] });
    // The house is whole: the copy's pages type-check (a missing word or file would fail in
    // them); only the tests' tables by language (each typed Record<Lang, …>) ask for a row for
    // each new language, as they should. The build made the types WXT's config extends.
    let output = '';
    try {
      execFileSync('npx', ['tsc', '--noEmit', '-p', '.'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? '';
    }
    errors = output.split('\n').filter((line) => /error TS/.test(line));
  });

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('type-checks, but for the tables by language or place that ask for each new one’s row', () => {
    // The tests' tables, and the screenshots' place for each language (scripts/screenshots.ts).
    const app = errors.filter((line) => !/^(tests\/|data\/(regions\/\w+|online)\/expected\.ts|scripts\/screenshots\.ts)/.test(line));
    expect(app).toEqual([]);
    // A language's row (the guards), or a place's (the one-screen test's home zone for each place).
    const pretend = [...PRETEND_LANGS, ...PRETEND_REGIONS].join('|');
    expect(errors.filter((line) => !new RegExp(`missing the following properties from type '.*Record<.*"(${pretend})"`).test(line))).toEqual([]);
    expect(errors.length, 'the tables by language are typed by Lang (the check can fail)').toBeGreaterThan(0);
  });

  it('each new region and language has its files', () => {
    for (const lang of PRETEND_LANGS) {
      for (const file of [PACK_PATHS.language(lang), PACK_PATHS.guideLanguage(lang), PACK_PATHS.privacy(lang)]) expect(existsSync(join(built, file.slice(1))), file).toBe(true);
    }
    for (const region of PRETEND_REGIONS) expect(existsSync(join(built, PACK_PATHS.popup(region, 'en').slice(1))), region).toBe(true);
  });

  it('leaves every existing region’s files in every existing language byte for byte as they are', () => {
    const files = PAIRS.flatMap(([region, lang]) => [PACK_PATHS.popup(region, lang), PACK_PATHS.guide(region, lang)]);
    const changed = files.filter((file) => readFileSync(join(built, file), 'utf8') !== readFileSync(join(BUILD, file), 'utf8'));
    expect(changed).toEqual([]);
    expect(files.length).toBe(PAIRS.length * 2);
  });

  it('leaves each existing language’s files as they are, but for the new regions’ names in the picker', () => {
    for (const lang of LANG_CODES) {
      for (const file of [PACK_PATHS.guideLanguage(lang), PACK_PATHS.privacy(lang)]) {
        expect(readFileSync(join(built, file), 'utf8'), file).toBe(readFileSync(join(BUILD, file), 'utf8'));
      }
      const grown = readFileSync(join(built, PACK_PATHS.language(lang)), 'utf8');
      // As the file writes them, inside its one CSS string: [\"qma\",\"QMA\"],
      const names = PRETEND_REGIONS.map((id) => `[\\"${id}\\",\\"${id.toUpperCase()}\\"],`);
      for (const name of names) expect(grown, `${lang} names ${name}`).toContain(name);
      expect(names.reduce((text, name) => text.replace(name, ''), grown), lang).toBe(readFileSync(join(BUILD, PACK_PATHS.language(lang)), 'utf8'));
    }
  });

  it('leaves popup.js as it is, but for the new languages’ names in the switch and the new regions’ time zones', () => {
    const normal = readFileSync(`${BUILD}/popup.js`, 'utf8');
    const grown = readFileSync(join(built, 'popup.js'), 'utf8');
    // Each entry as the minifier writes it: {code:`qaa`,name:`Qaa`}.
    const written = (code: string) =>
      `,{${Object.entries(entry(code))
        .map(([key, value]) => `${key}:\`${value}\``)
        .join(',')}}`;
    for (const code of PRETEND_LANGS) expect(grown, `popup.js lists ${code} in the switch`).toContain(written(code));
    // A region's zones as the minifier writes them in the lists: qma:`Asia/Tokyo Japan`.
    const zone = `(?:${PRETEND_REGIONS.join('|')}):(?:\`[A-Za-z0-9_/+ -]+\`|"[A-Za-z0-9_/+ -]+")`;
    expect(grown.match(new RegExp(zone, 'g'))?.length ?? 0, 'the new regions’ zones').toBe(PRETEND_REGIONS.length);
    const without = PRETEND_LANGS.reduce((text, code) => text.replace(written(code), ''), grown)
      .replace(new RegExp(`,${zone}`, 'g'), '')
      .replace(new RegExp(`${zone},`, 'g'), '');
    expect(without === normal, 'popup.js differs by more than the list of languages and the zones (is .output fresh? npm run build)').toBe(true);
  });

  it('holds no region’s help in the pages’ own scripts, and no two regions’ help in one file', () => {
    const scripts = ['popup.js', ...readdirSync(join(built, 'chunks')).map((name) => `chunks/${name}`)];
    for (const script of scripts) expect(readFileSync(join(built, script), 'utf8'), script).not.toMatch(/tel:|sms:/);
    for (const [region, lang] of PAIRS) {
      const text = readFileSync(join(built, PACK_PATHS.guide(region, lang)), 'utf8');
      const others = PRETEND_REGIONS.filter((id) => text.includes(`${id}-`));
      expect(others, `${region}.${lang}`).toEqual([]);
    }
  });
});
