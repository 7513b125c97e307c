import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LICENCES_FILE, licenceNotice, packageOf } from '@/modules/licences';

const ROOT = resolve('.');
const nm = (path: string) => join(ROOT, 'node_modules', path);

describe('packageOf', () => {
  it.each([
    [nm('preact/dist/preact.module.js'), nm('preact')],
    [nm('@wxt-dev/webextension-polyfill/dist/browser.mjs'), nm('@wxt-dev/webextension-polyfill')],
    [nm('a/node_modules/b/index.js?x=1'), nm('a/node_modules/b')],
    ['\0vite/preload-helper.js', nm('vite')],
    ['\0rolldown/runtime.js', nm('rolldown')],
    ['\0virtual:wxt-plugins', nm('wxt')],
    ['\0virtual:signpost-zones', nm('countries-and-timezones')],
    [join(ROOT, 'components/PopupApp.tsx'), undefined],
    ['\0virtual:something-else', undefined],
  ])('%s comes from %s', (id, expected) => {
    expect(packageOf(id, ROOT)).toBe(expected);
  });
});

describe('licenceNotice', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'signpost-licences-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function fakePackage(name: string, json: object, licence?: string): string {
    const folder = join(scratch, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...json }));
    if (licence) writeFileSync(join(folder, 'LICENSE.md'), licence);
    return folder;
  }

  it('gives Signpost’s licence, then each package’s own text, by name, once each', () => {
    const notice = licenceNotice(ROOT, [nm('preact'), nm('lean-qr'), nm('preact')]);
    expect(notice.startsWith(`Signpost\n\n${readFileSync('LICENSE', 'utf8').trim()}`)).toBe(true);
    expect(notice.indexOf('lean-qr 2.7.4 (MIT), https://github.com/davidje13/lean-qr')).toBeLessThan(
      notice.indexOf('preact 10.29.8 (MIT), https://github.com/preactjs/preact'),
    );
    expect(notice.split('preact 10.29.8').length).toBe(2);
    expect(notice).toContain(readFileSync(nm('preact/LICENSE'), 'utf8').trim());
  });

  it('keeps a licence file’s own part, not the list of its bundled dependencies', () => {
    const folder = fakePackage('tool', { license: 'MIT' }, 'Tool licence\n\n# Licenses of bundled dependencies\nOther code');
    const notice = licenceNotice(ROOT, [folder]);
    expect(notice).toContain('Tool licence');
    expect(notice).not.toContain('Other code');
  });

  it('says so where a package ships no licence file', () => {
    const notice = licenceNotice(ROOT, [fakePackage('bare', { license: 'ISC', repository: 'owner/bare' })]);
    expect(notice).toContain('bare 1.0.0 (ISC), https://github.com/owner/bare');
    expect(notice).toContain('The package ships no licence file. Its package.json gives the licence ISC.');
  });

  it('refuses a package that states no licence', () => {
    expect(() => licenceNotice(ROOT, [fakePackage('unlicensed', {})])).toThrow(/states no licence/);
  });
});
