/**
 * Signpost's budgets, in one place: the size test (tests/e2e/sizes.e2e.ts) holds the build
 * to the sizes, which are the same on any machine; npm run bench reads them all, timings
 * too, and checks in Chromium that the files counted here are the ones a page loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PACK_PATHS } from '../lib/load-pack';

const KB = 1024;

export const BUDGET = {
  /**
   * popup.js and its pack (its language's file and its region's in that language), for
   * every region and language: a region or a language adds files, not bytes to a page.
   */
  popupJs: 14.5 * KB,
  popupCss: 2 * KB,
  /**
   * The guide's entry and the pack it loads before its first paint (its language's two files
   * and its region's), for every region and language. Its privacy section's words, a file of
   * their own, load after the first paint and do not count.
   */
  guideJs: 24 * KB,
  /**
   * The Chrome zip, in the parts it grows by: what every build ships (the pages' code,
   * styles, icons and licences), what each language adds (its own files), and what each
   * region adds in each language (its files for both pages). Every region and language is
   * a few files of its own, so the whole grows by these steps and no other (zipBudget).
   */
  zip: { shared: 60 * KB, perLanguage: 6.5 * KB, perRegionLanguage: 2.5 * KB },
  /** First paint against a static copy of the same markup (bench only): the popup's, the guide's. */
  popupPaintRatio: 1.15,
  guidePaintRatio: 1.1,
  // "1.00 within noise": a local page's load time with Signpost may exceed 1 by no more than
  // the spread of the runs themselves (interquartile range over median, at least 5%) (bench only).
  browsingNoiseFloor: 0.05,
};

/** The Chrome zip's budget for a build with so many regions and languages. */
export const zipBudget = (regions: number, languages: number) =>
  BUDGET.zip.shared + languages * BUDGET.zip.perLanguage + regions * languages * BUDGET.zip.perRegionLanguage;

/** Gzip at level 9, as a store or a reviewer would measure a file. */
export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The files a built page loads before it first paints, as paths inside the build: its
 * scripts, its stylesheets, and its pack's files (data, though the browser loads them as
 * stylesheets: lib/load-pack.ts), which the script budgets count with the scripts.
 */
export interface FirstPaintFiles {
  js: string[];
  css: string[];
  data: string[];
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
 * The popup: what popup.html names (popup.js and its stylesheet), and the two files of its
 * pack that popup.js adds, side by side, before it draws: its language's and its region's in
 * that language (lib/load-pack.ts).
 */
export function popupFirstPaint(build: string, region: string, lang: string): FirstPaintFiles {
  return {
    js: named(build, 'popup.html', /<script[^>]*\ssrc="([^"]+)"/g),
    css: named(build, 'popup.html', /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    data: [PACK_PATHS.language(lang), PACK_PATHS.popup(region, lang)].map((path) => path.slice(1)),
  };
}

/**
 * The guide: its entry with what that imports statically, and the three files of its pack
 * that it loads, side by side, before it renders (entrypoints/guide/main.tsx): its
 * language's two and its region's in that language. Not its privacy section's words
 * (packs/<lang>.privacy.css), which it adds after its first paint (components/guide/GuideApp.tsx).
 */
export function guideFirstPaint(build: string, region: string, lang: string): FirstPaintFiles {
  const entry = named(build, 'guide.html', /<script[^>]*\ssrc="([^"]+)"/g);
  if (entry.length !== 1) throw new Error(`Expected one guide entry in ${build}: found ${entry.join(', ')}`);
  const seen = new Set<string>();
  addWithStaticImports(build, entry[0]!, seen);
  const pack = [PACK_PATHS.language(lang), PACK_PATHS.guideLanguage(lang), PACK_PATHS.guide(region, lang)];
  return {
    js: [...seen],
    css: named(build, 'guide.html', /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    data: pack.map((path) => path.slice(1)),
  };
}

/** The gzip bytes of a list of files, each compressed on its own as each is fetched. */
export const gzipTotal = (build: string, files: string[]) => files.reduce((sum, file) => sum + gzipSize(join(build, file)), 0);
