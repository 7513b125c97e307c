/** Mozilla's validator on every build, with no allowance; and no raw-HTML sink anywhere. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lintChrome, lintFirefox } from './lint';

/** What writes markup into a page. Preact's bundle may still name the prop; it cannot use it. */
const SINKS = 'innerHTML|outerHTML|insertAdjacentHTML|document\\.write';

/** Lines that match, or none; grep exits 1 when nothing matches and 2 on a real failure. */
function grep(pattern: string, paths: string[]): string {
  const search = spawnSync('grep', ['-rnoE', pattern, ...paths], { encoding: 'utf8' });
  expect(search.status, search.stderr).not.toBe(2);
  return search.stdout;
}

describe('raw HTML', () => {
  it('is never set by Signpost’s own source', () => {
    expect(grep(`dangerouslySetInnerHTML|${SINKS}`, ['components', 'entrypoints', 'lib', 'locales', 'data'])).toBe('');
  });

  it('has no sink in any built package: Preact’s innerHTML branch is cut out at build time', () => {
    expect(grep(SINKS, ['.output/chrome-mv3', '.output/firefox-mv2', '.output/firefox-mv3'])).toBe('');
  });

  it('the check can fail: Preact itself, as installed, has the sink', () => {
    expect(grep('innerHTML', ['node_modules/preact/dist/preact.mjs'])).not.toBe('');
  });
});

describe.each(['firefox-mv2', 'firefox-mv3'])('addons-linter on %s', (build) => {
  it('finds 0 errors, 0 warnings and 0 notices', async () => {
    const { errors, warnings, notices } = await lintFirefox(`.output/${build}`);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(warnings, warnings.join('\n')).toEqual([]);
    expect(notices, notices.join('\n')).toEqual([]);
  });
});

describe('addons-linter on chrome-mv3', () => {
  it('finds 0 errors, 0 warnings and 0 notices (the Firefox build’s id and data answer added to a copy of its manifest, Chrome’s private-window mode taken out)', async () => {
    const { errors, warnings, notices } = await lintChrome('.output/chrome-mv3', '.output/firefox-mv3');
    expect(errors, errors.join('\n')).toEqual([]);
    expect(warnings, warnings.join('\n')).toEqual([]);
    expect(notices, notices.join('\n')).toEqual([]);
  });
});
