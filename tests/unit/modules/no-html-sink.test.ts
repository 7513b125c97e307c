import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noHtmlSink } from '@/modules/no-html-sink';

const PREACT = 'node_modules/preact/dist/preact.module.js';

function transform(code: string, id: string): string | null {
  const plugin = noHtmlSink();
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  const hook = plugin.transform as (this: typeof context, code: string, id: string) => { code: string } | null;
  return hook.call(context, code, id)?.code ?? null;
}

describe('the build step that cuts Preact’s raw-HTML branch', () => {
  it('leaves Preact, as bundled, with no innerHTML at all', () => {
    const source = readFileSync(PREACT, 'utf8');
    expect(source).toContain('innerHTML');
    const cut = transform(source, `/work/${PREACT}`)!;
    expect(cut).not.toContain('innerHTML');
    expect(cut).toContain('throw Error("Signpost sets no raw HTML")');
  });

  it('touches no other file', () => {
    expect(transform('el.innerHTML = x', '/work/components/Thing.tsx')).toBeNull();
  });

  it('stops the build when Preact changes, rather than ship the sink', () => {
    expect(() => transform('u.innerHTML=h.__html', `/work/${PREACT}`)).toThrow(/found 0 times/);
  });
});
