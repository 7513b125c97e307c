/**
 * Signpost's budgets, in one place: the size test (tests/e2e/sizes.e2e.ts) holds the build
 * to the sizes, which are the same on any machine; npm run bench reads them all, timings
 * too, and checks in Chromium that the files counted here are the ones a page loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packPath } from '../locales/popup-messages';

const KB = 1024;

export const BUDGET = {
  /**
   * popup.js and the language pack of the language it shows, in every language: English
   * is a pack like the others (popup.js holds no sentence), so one budget serves them all.
   */
  popupJs: 16.5 * KB,
  popupCss: 2 * KB,
  /**
   * Per language: the guide's entry and that language's sentences. The guide carries every
   * place's help and its words in each language: ten places since the third check of the
   * facts (it was 24 KB for six). Splitting the places into chunks of their own is the
   * next step before it grows again.
   */
  guideJs: 28 * KB,
  chromeZip: 150 * KB,
  /** First paint against a static copy of the same markup (bench only). */
  paintRatio: 1.25,
  // "1.00 within noise": a local page's load time with Signpost may exceed 1 by no more than
  // the spread of the runs themselves (interquartile range over median, at least 5%) (bench only).
  browsingNoiseFloor: 0.05,
};

/** Gzip at level 9, as a store or a reviewer would measure a file. */
export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files a built page loads before it first paints, as paths inside the build. */
export interface FirstPaintFiles {
  js: string[];
  css: string[];
}

/** Files a built page names in its HTML, by tag. */
function named(build: string, page: string, pattern: RegExp): string[] {
  const html = readFileSync(join(build, page), 'utf8');
  return [...html.matchAll(pattern)].map((match) => match[1]!.replace(/^\//, ''));
}

/** Adds a script and the scripts it imports statically, however deep (dynamic imports wait). */
function addWithStaticImports(build: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(build, file), 'utf8');
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$\s{},*]*\bfrom\s*)?["']\.\/([^"']+\.js)["']/g)) {
    addWithStaticImports(build, folder + match[1], seen);
  }
}

/**
 * The popup: what popup.html names (popup.js and its stylesheet), and the language pack
 * popup.js adds before it draws (locales/popup-messages.ts).
 */
export function popupFirstPaint(build: string, lang: string): FirstPaintFiles {
  const js = named(build, 'popup.html', /<script[^>]*\ssrc="([^"]+)"/g);
  js.push(packPath(lang).slice(1));
  return { js, css: named(build, 'popup.html', /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g) };
}

/**
 * The guide: its entry with what that imports statically, and the file of its language's
 * words that it loads before it renders (entrypoints/guide/main.tsx), which the build names
 * after the language (chunks/<code>-words-….js: wxt.config.ts).
 */
export function guideFirstPaint(build: string, lang: string): FirstPaintFiles {
  const entry = named(build, 'guide.html', /<script[^>]*\ssrc="([^"]+)"/g);
  const language = readdirSync(join(build, 'chunks'))
    .filter((name) => new RegExp(`^${lang}-words-[\\w-]+\\.js$`).test(name))
    .map((name) => `chunks/${name}`);
  if (entry.length !== 1 || language.length !== 1) {
    throw new Error(`Expected one guide entry and one ${lang} file in ${build}: found ${[...entry, ...language].join(', ')}`);
  }
  const seen = new Set<string>();
  for (const file of [...entry, ...language]) addWithStaticImports(build, file, seen);
  return { js: [...seen], css: named(build, 'guide.html', /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g) };
}

/** The gzip bytes of a list of files, each compressed on its own as each is fetched. */
export const gzipTotal = (build: string, files: string[]) => files.reduce((sum, file) => sum + gzipSize(join(build, file)), 0);
