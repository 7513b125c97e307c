/** Mozilla's own validator on both Firefox builds: no error, no warning. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lintFirefox } from './lint';

describe('Signpost source', () => {
  it('never sets raw HTML', () => {
    const search = spawnSync(
      'grep',
      ['-rnE', 'dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\\.write', 'components', 'entrypoints', 'lib', 'locales', 'data'],
      { encoding: 'utf8' },
    );
    // grep exits 1 when nothing matches.
    expect(search.status, search.stdout).toBe(1);
  });
});

describe.each(['firefox-mv2', 'firefox-mv3'])('addons-linter on %s', (build) => {
  it('finds 0 errors and 0 warnings', async () => {
    const { errors, warnings } = await lintFirefox(`.output/${build}`);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(warnings, warnings.join('\n')).toEqual([]);
  });
});
