import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ignoredBy } from '@/scripts/ignore';
import { filesUnder } from '@/scripts/zip';

describe('ignoredBy (the release lists sources without git)', () => {
  const ignored = ignoredBy('node_modules/\n# a comment\n.output/\n*.log\nstore/screenshots/\n.DS_Store\n');

  it.each([
    ['node_modules/preact/package.json', true],
    ['node_modules', true],
    ['scripts/node_modules/x.js', true],
    ['.output/chrome-mv3/manifest.json', true],
    ['debug.log', true],
    ['tests/e2e/run.log', true],
    ['store/screenshots/popup-en.png', true],
    ['store/listing.en.md', false],
    ['screenshots/store/a.png', false],
    ['assets/.DS_Store', true],
    ['README.md', false],
    ['locales/en.ts', false],
    ['logs.ts', false],
  ])('%s: %s', (path, expected) => {
    expect(ignored(path)).toBe(expected);
  });

  it('refuses a negation rather than list the wrong files', () => {
    expect(() => ignoredBy('!keep.log')).toThrow(/negation/);
  });

  it('lists exactly the files git tracks, in this checkout', () => {
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n').sort();
    const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
    const rule = ignoredBy(readFileSync('.gitignore', 'utf8'));
    const listed = filesUnder('.', (path) => path === '.git' || rule(path)).filter((file) => !untracked.includes(file));
    expect(listed).toEqual(tracked);
  });
});
