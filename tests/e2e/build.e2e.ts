/**
 * The built packages, file by file (the unit suite needs no build; this one reads .output):
 * each manifest asks for nothing and runs nothing in the background; the static popup names
 * only files the build has; every pack is there; the pages' own scripts hold no region's
 * help and no sentence; and each package carries the licences of the code and data it ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_IDS } from '@/data/directory';
import { PACK_PATHS } from '@/lib/load-pack';
import { LANG_CODES } from '@/locales/langs';
import { LICENCES_FILE } from '../../modules/licences';
import { checkManifest } from '../manifest-check';

const BUILDS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const;

describe.each(BUILDS)('the %s build', (build) => {
  const root = `.output/${build}`;
  const manifest = () => JSON.parse(readFileSync(`${root}/manifest.json`, 'utf8'));

  it('exists (npm test builds first)', () => {
    expect(existsSync(`${root}/manifest.json`), `${root} is missing: run npm run build`).toBe(true);
  });

  it('asks for nothing and runs nothing in the background', () => {
    expect(checkManifest(manifest(), build.startsWith('firefox') ? 'firefox' : 'chrome')).toEqual([]);
    expect(manifest().name).toBe('__MSG_extensionName__');
    expect(manifest().default_locale).toBe('en');
    expect(manifest().options_ui).toEqual({ page: 'guide.html', open_in_tab: true });
  });

  it('opens the popup from the keyboard, with the command its manifest version names', () => {
    const name = manifest().manifest_version === 2 ? '_execute_browser_action' : '_execute_action';
    expect(manifest().commands).toEqual({ [name]: { suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' } } });
  });

  it('keeps the guide in a private window in Chrome and Edge ("split"); the Firefox builds keep Firefox’s own mode', () => {
    // Firefox reads "split" as "never in a private window", and its linter warns of it.
    expect(manifest().incognito).toBe(build === 'chrome-mv3' ? 'split' : undefined);
  });

  it.runIf(build.startsWith('firefox'))('declares Firefox for Android, from the version that reads its data answer', () => {
    expect(manifest().browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  it('has a static popup that names only files the build has', () => {
    const html = readFileSync(`${root}/popup.html`, 'utf8');
    const named = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(named).toEqual(['/assets/popup.css', '/popup.js']);
    for (const file of named) expect(existsSync(`${root}${file}`), file).toBe(true);
  });

  it('has a popup stylesheet with none of the guide’s rules', () => {
    const css = readFileSync(`${root}/assets/popup.css`, 'utf8');
    expect(css.match(/\.guide\b|\.print-card|@media print|\.exit-button/g)).toBeNull();
  });

  it('has every pack: each language’s files, and each region’s in each language for both pages', () => {
    const packs = LANG_CODES.flatMap((lang) => [
      PACK_PATHS.language(lang),
      PACK_PATHS.guideLanguage(lang),
      PACK_PATHS.privacy(lang),
      ...REGION_IDS.flatMap((region) => [PACK_PATHS.popup(region, lang), PACK_PATHS.guide(region, lang)]),
    ]);
    expect(packs.filter((pack) => !existsSync(`${root}${pack}`))).toEqual([]);
  });

  it('keeps every sentence and every region’s help out of the pages’ own scripts', () => {
    const scripts = ['popup.js', ...readdirSync(`${root}/chunks`).map((name) => `chunks/${name}`)];
    for (const script of scripts) {
      const code = readFileSync(`${root}/${script}`, 'utf8');
      expect(code, script).not.toMatch(/tel:\+?\d|sms:\+?\d|https:\/\/[a-z.]+\.(org|gov|be|nl|de|fr|nz|au|ie|uk)\b/);
      expect(code, script).not.toContain('Struggling to cope');
    }
  });

  it('hints at no site and embeds none: what the security policy cannot stop the browser connecting to', () => {
    // A CSP does not govern preconnect, prefetch or prerender hints, and a frame it blocks
    // still makes Chromium connect. (x-dns-prefetch-control turns the browser's own off.)
    const hint = /\b(preconnect|prerender|speculationrules)\b|(?<!x-)dns-prefetch(?!-control)|(?<![\w-])prefetch(?![\w-])|<(iframe|frame|embed|object)\b|createElement\(\s*[`'"](iframe|frame|embed|object)[`'"]/i;
    const files = ['popup.html', 'guide.html', 'popup.js', ...readdirSync(`${root}/chunks`).map((name) => `chunks/${name}`)];
    for (const file of files) expect(readFileSync(`${root}/${file}`, 'utf8'), file).not.toMatch(hint);
    // The check can fail.
    expect('<link rel="preconnect" href="https://www.samaritans.org">').toMatch(hint);
    expect('<meta http-equiv="x-dns-prefetch-control" content="off">').not.toMatch(hint);
  });

  it('carries the licences of the code and data it ships', () => {
    const notice = readFileSync(`${root}/${LICENCES_FILE}`, 'utf8');
    for (const name of ['preact', 'lean-qr', 'webextension-polyfill', 'wxt', 'date-holidays', 'countries-and-timezones']) {
      expect(notice).toMatch(new RegExp(`^${name} \\S+ \\(`, 'm'));
    }
  });
});
