import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEAD_MARK, PAGE_HEAD, withPageHead } from '@/modules/page-head';

const PAGES = ['public/popup.html', 'entrypoints/guide/index.html'];

describe('the tags both pages carry, from one source (modules/page-head.ts)', () => {
  it('puts them in place of the mark, at its indent', () => {
    const html = `<head>\n    <meta charset="utf-8" />\n    ${HEAD_MARK}\n  </head>`;
    expect(withPageHead(html, 'page')).toBe(`<head>\n    <meta charset="utf-8" />\n    ${PAGE_HEAD.join('\n    ')}\n  </head>`);
    expect(PAGE_HEAD.join(' ')).toMatch(/x-dns-prefetch-control" content="off"/);
    expect(PAGE_HEAD.join(' ')).toMatch(/name="referrer" content="no-referrer"/);
  });

  it.each([
    ['no mark', '<head></head>'],
    ['two marks', `<head>${HEAD_MARK}${HEAD_MARK}</head>`],
  ])('fails the build for a page with %s', (_case, html) => {
    expect(() => withPageHead(html, 'page')).toThrow(/must mark its head once/);
  });

  it.each(PAGES)('%s marks its head once and writes none of the tags by hand', (page) => {
    const html = readFileSync(page, 'utf8');
    expect(html.split(HEAD_MARK)).toHaveLength(2);
    expect(html).not.toMatch(/dns-prefetch-control|name="referrer"/);
    // Before any link: the mark comes before the body.
    expect(html.indexOf(HEAD_MARK)).toBeLessThan(html.indexOf('<body'));
  });
});
