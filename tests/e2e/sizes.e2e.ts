/**
 * Sizes, which are the same on any machine, held to their budgets (scripts/budgets.ts) on
 * the build: the bytes each page loads before it first paints, in every language, and the
 * Chrome zip. (Timings are npm run bench's, never a test's.) And ten more languages leave
 * the English popup's bytes as they are, but for their names in the language switch.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enPopup from '../../locales/en/popup';
import { LANG_CODES } from '../../locales/langs';
import { BUDGET, guideFirstPaint, gzipTotal, popupFirstPaint } from '../../scripts/budgets';
import { ignoredBy } from '../../scripts/ignore';
import { deterministicZip, filesUnder } from '../../scripts/zip';

const BUILD = '.output/chrome-mv3';

/** "14,422 bytes gzip (popup.js, …) is over the budget of …", for a failure to say it all. */
const over = (bytes: number, budget: number, files: string[]) =>
  `${bytes} bytes gzip (${files.join(', ')}) against a budget of ${budget}`;

describe('bytes before first paint, gzip level 9, within the budgets', () => {
  beforeAll(() => {
    expect(existsSync(`${BUILD}/manifest.json`), `${BUILD} is missing: run npm run build`).toBe(true);
  });

  it.each(LANG_CODES)('the popup’s JavaScript in %s', (lang) => {
    const { js } = popupFirstPaint(BUILD, lang);
    const budget = BUDGET.popupJs;
    const bytes = gzipTotal(BUILD, js);
    expect(bytes, over(bytes, budget, js)).toBeLessThanOrEqual(budget);
  });

  it('the popup’s CSS', () => {
    const { css } = popupFirstPaint(BUILD, 'en');
    const bytes = gzipTotal(BUILD, css);
    expect(bytes, over(bytes, BUDGET.popupCss, css)).toBeLessThanOrEqual(BUDGET.popupCss);
  });

  it.each(LANG_CODES)('the guide’s JavaScript in %s', (lang) => {
    const { js } = guideFirstPaint(BUILD, lang);
    const bytes = gzipTotal(BUILD, js);
    expect(bytes, over(bytes, BUDGET.guideJs, js)).toBeLessThanOrEqual(BUDGET.guideJs);
  });

  it('the Chrome zip', async () => {
    const bytes = (await deterministicZip(BUILD, filesUnder(BUILD), 0)).length;
    expect(bytes, over(bytes, BUDGET.chromeZip, ['the whole build'])).toBeLessThanOrEqual(BUDGET.chromeZip);
  });
});

describe('ten more languages', () => {
  // ISO 639's codes for local use: no real language has them.
  const PRETEND = Array.from({ length: 10 }, (_, index) => `qa${String.fromCharCode(97 + index)}`);
  let folder: string;
  let built: string;

  /** A language's entry in LANGS, as the build writes it into popup.js (minified). */
  const entry = (code: string) => {
    const name = code[0]!.toUpperCase() + code.slice(1);
    return { code, name };
  };

  beforeAll(() => {
    expect(existsSync(`${BUILD}/popup.js`), `${BUILD} is missing: run npm run build`).toBe(true);
    folder = mkdtempSync(join(tmpdir(), 'signpost-languages-'));
    built = join(folder, BUILD);
    // The sources, as in a sources zip, with the same installed packages.
    const ignored = ignoredBy(readFileSync('.gitignore', 'utf8'));
    for (const file of filesUnder('.', (path) => path === '.git' || ignored(path))) {
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      cpSync(file, join(folder, file));
    }
    symlinkSync(join(process.cwd(), 'node_modules'), join(folder, 'node_modules'));
    // Each pretend language is English under another code, added as the README says.
    const langs = join(folder, 'locales/langs.ts');
    const list = PRETEND.map((code) => `  ${JSON.stringify(entry(code))},\n`).join('');
    writeFileSync(langs, readFileSync(langs, 'utf8').replace('] as const;', `${list}] as const;`));
    for (const code of PRETEND) cpSync('locales/en', join(folder, 'locales', code), { recursive: true });
    // One Chrome build; vitest's NODE_ENV must not reach it.
    const { NODE_ENV: _ignored, ...env } = process.env;
    execFileSync('npx', ['wxt', 'build'], { cwd: folder, env, stdio: ['ignore', 'ignore', 'pipe'] });
  });

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('each gets its language pack, holding its sentences', () => {
    const scope: { signpostPopupLanguages?: Record<string, unknown> } = {};
    for (const code of PRETEND) new Function('globalThis', readFileSync(join(built, `popup-lang/${code}.js`), 'utf8'))(scope);
    expect(Object.keys(scope.signpostPopupLanguages ?? {})).toEqual(PRETEND);
    // A pack holds the sentences in the order of English's, then the services' words.
    const { services, ...sentences } = enPopup;
    const english = [...Object.values(sentences), ...Object.values(services).flatMap((fields) => Object.values(fields))];
    for (const code of PRETEND) expect(scope.signpostPopupLanguages?.[code], code).toEqual(english);
  });

  it('the English popup.js is byte for byte the same, but for their ten entries in the language switch', () => {
    const normal = readFileSync(`${BUILD}/popup.js`, 'utf8');
    const more = readFileSync(join(built, 'popup.js'), 'utf8');
    // Each entry as the minifier writes it: {code:`qaa`,name:`Qaa`}.
    const written = (code: string) =>
      `,{${Object.entries(entry(code))
        .map(([key, value]) => `${key}:\`${value}\``)
        .join(',')}}`;
    for (const code of PRETEND) expect(more, `popup.js lists ${code} in the switch`).toContain(written(code));
    const without = PRETEND.reduce((text, code) => text.replace(written(code), ''), more);
    expect(without === normal, 'popup.js differs by more than the list of languages (is .output fresh? npm run build)').toBe(true);
  });
});
