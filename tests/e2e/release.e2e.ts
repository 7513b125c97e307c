/**
 * npm run release, as a maintainer runs it: three zips and SHA256SUMS, a Firefox zip
 * Mozilla's linter accepts, a Chrome zip that loads and shows the popup, and two builds
 * in separate folders that are byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/zip';
import { launchChromium } from '../../scripts/browsers/chromium';
import { lintFirefox } from './lint';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const NAMES = ['chrome', 'firefox', 'sources'].map((kind) => `signpost-${version}-${kind}.zip`);

// vite-node and vitest set NODE_ENV for themselves; a release build must not inherit it.
const { NODE_ENV: _ignored, ...env } = process.env;

/** Writes a zip's files into a folder, as anyone unzipping it would. */
async function unzipInto(zipPath: string, dir: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const files = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const bytes = await entry.async('nodebuffer');
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
    files.set(name, bytes);
  }
  return files;
}

describe('npm run release', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'release'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  });

  it('writes the three zips and a SHA256SUMS that matches them', () => {
    expect(readdirSync('release').sort()).toEqual([...NAMES, 'SHA256SUMS'].sort());
    const lines = readFileSync('release/SHA256SUMS', 'utf8').trim().split('\n');
    expect(lines).toEqual(
      NAMES.map((name) => `${createHash('sha256').update(readFileSync(`release/${name}`)).digest('hex')}  ${name}`),
    );
  });

  it('gives a Firefox zip with 0 linter errors and 0 warnings', async () => {
    const { errors, warnings } = await lintFirefox(`release/signpost-${version}-firefox.zip`);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(warnings, warnings.join('\n')).toEqual([]);
  });

  it('gives a Chrome zip that, unpacked, loads in Chromium and shows the popup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signpost-unpacked-'));
    const files = await unzipInto(`release/signpost-${version}-chrome.zip`, dir);
    const browser = await launchChromium({ extensionDir: dir });
    try {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await page.waitForSelector('a.phone-large');
      expect(await page.title()).toBe('Signpost');
      expect(JSON.parse(String(files.get('manifest.json'))).version).toBe(version);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries the licences of the code it bundles, in every package', async () => {
    for (const kind of ['chrome', 'firefox']) {
      const zip = await JSZip.loadAsync(readFileSync(`release/signpost-${version}-${kind}.zip`));
      const notice = await zip.file('licences.txt')?.async('string');
      for (const name of ['preact', 'lean-qr', 'webextension-polyfill']) {
        const licence = readFileSync(join('node_modules', name, 'LICENSE'), 'utf8').trim();
        expect(notice, `${kind}: ${name}`).toContain(licence);
      }
    }
  });

  it('rebuilds from the sources zip alone: with no .git, npm ci and the build give the Firefox zip’s files byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signpost-sources-'));
    const unpacked = mkdtempSync(join(tmpdir(), 'signpost-firefox-zip-'));
    try {
      await unzipInto(`release/signpost-${version}-sources.zip`, dir);
      expect(readdirSync(dir)).not.toContain('.git');
      const run = (args: string[], extra: Record<string, string> = {}) =>
        execFileSync('npm', args, { cwd: dir, env: { ...env, ...extra }, stdio: ['ignore', 'ignore', 'inherit'] });
      // The commands the README gives a reviewer.
      run(['ci', '--no-audit', '--no-fund', '--prefer-offline']);
      run(['run', 'build']);
      const released = await unzipInto(`release/signpost-${version}-firefox.zip`, unpacked);
      const rebuilt = join(dir, '.output/firefox-mv3');
      expect(filesUnder(rebuilt)).toEqual([...released.keys()].sort());
      for (const [name, bytes] of released) expect(readFileSync(join(rebuilt, name)).equals(bytes), name).toBe(true);

      // With the release's date, the whole release comes out byte-identical, sources zip too.
      const epoch = env.SOURCE_DATE_EPOCH ?? execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
      run(['run', '--silent', 'release'], { SOURCE_DATE_EPOCH: epoch });
      expect(readFileSync(join(dir, 'release/SHA256SUMS'), 'utf8')).toBe(readFileSync('release/SHA256SUMS', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(unpacked, { recursive: true, force: true });
    }
  }, 300_000);

  it('is reproducible: two builds in separate folders are byte-identical', () => {
    const output = execFileSync('npx', ['vite-node', 'scripts/check-reproducible.ts'], { env, encoding: 'utf8' });
    expect(output).toContain('Reproducible: both builds are byte-identical.');
  });
});
