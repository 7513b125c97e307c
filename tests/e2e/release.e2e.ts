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
import { launchChromium } from './chromium';
import { lintFirefox } from './lint';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const NAMES = ['chrome', 'firefox', 'sources'].map((kind) => `signpost-${version}-${kind}.zip`);

// vite-node and vitest set NODE_ENV for themselves; a release build must not inherit it.
const { NODE_ENV: _ignored, ...env } = process.env;

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
    const zip = await JSZip.loadAsync(readFileSync(`release/signpost-${version}-chrome.zip`));
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), await entry.async('nodebuffer'));
    }
    const browser = await launchChromium({ extensionDir: dir });
    try {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await page.waitForSelector('a.phone-large');
      expect(await page.title()).toBe('Signpost');
      expect(JSON.parse(await zip.file('manifest.json')!.async('string')).version).toBe(version);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is reproducible: two builds in separate folders are byte-identical', () => {
    const output = execFileSync('npx', ['vite-node', 'scripts/check-reproducible.ts'], { env, encoding: 'utf8' });
    expect(output).toContain('Reproducible: both builds are byte-identical.');
  });
});
