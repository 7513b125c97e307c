import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noSources } from '@/modules/no-sources';
import { filesUnder } from '@/scripts/zip';

function transform(code: string, id: string): string | null {
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  const hook = noSources().transform as (this: typeof context, code: string, id: string) => { code: string } | null;
  return hook.call(context, code, id)?.code ?? null;
}

describe('the build step that leaves the directory’s sources out of the packages', () => {
  const homes = ['data/online.ts', ...readdirSync('data/regions').map((file) => `data/regions/${file}`)];

  it.each(homes)('empties every sources list in %s, and changes nothing else', (file) => {
    const code = readFileSync(file, 'utf8');
    const cut = transform(code, `/work/${file}`)!;
    expect(code.match(/\bsources: \[/g)?.length).toBe(code.match(/\bid: '/g)?.length);
    expect(cut).not.toContain('sources');
    expect(cut).toBe(code.replace(/\bsources:\s*\[[^\]]*\],?/g, ''));
  });

  it('cuts a sources list and its comma, and nothing more', () => {
    const code = "  {\n    id: 'a',\n    url: 'https://a.invalid/',\n    sources: [source('https://a.invalid/about', '2026-12-01')],\n  },";
    expect(transform(code, '/work/data/regions/xx.ts')).toBe("  {\n    id: 'a',\n    url: 'https://a.invalid/',\n    \n  },");
  });

  it('finds a source to cut (the check can fail)', () => {
    expect(readFileSync('data/regions/uk.ts', 'utf8')).toContain('learning.nspcc.org.uk');
  });

  it('touches no other file', () => {
    expect(transform("const x = { sources: ['a'] };", '/work/lib/plan.ts')).toBeNull();
  });

  it('stops the build when the directory’s shape changes, rather than ship a half-cut file', () => {
    expect(() => transform("{ id: 'a', sources: [] }, { id: 'b' }", '/work/data/regions/xx.ts')).toThrow(/1 sources lists for 2 services/);
  });

  it('leaves them out of every built package', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']) {
      const scripts = filesUnder(`.output/${build}`).filter((file) => file.endsWith('.js'));
      expect(scripts.length, build).toBeGreaterThan(3);
      // A page the directory cites as a source of Childline's facts, and links nowhere.
      for (const file of scripts) expect(readFileSync(`.output/${build}/${file}`, 'utf8'), file).not.toContain('learning.nspcc.org.uk');
    }
  });
});
