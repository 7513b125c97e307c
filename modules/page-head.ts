/**
 * A WXT module: the tags both pages need in their head before any link exists, from this
 * one source. Each page marks their place once with <!-- signpost:head -->: the guide's
 * HTML (entrypoints/guide/index.html) as Vite builds it, the popup's static page
 * (public/popup.html) as WXT copies it. A page without the mark fails the build.
 */
import { readFileSync } from 'node:fs';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

export const HEAD_MARK = '<!-- signpost:head -->';

/** No lookup of a help site's name until a click (a press is not a click), and no referrer. */
export const PAGE_HEAD = ['<meta http-equiv="x-dns-prefetch-control" content="off" />', '<meta name="referrer" content="no-referrer" />'];

/** A page's HTML with the tags in place of its mark. */
export function withPageHead(html: string, page: string): string {
  const parts = html.split(HEAD_MARK);
  if (parts.length !== 2) throw new Error(`${page} must mark its head once with ${HEAD_MARK}`);
  const indent = /[ \t]*$/.exec(parts[0]!)![0];
  return parts.join(PAGE_HEAD.join(`\n${indent}`));
}

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({
    plugins: [{ name: 'signpost:page-head', transformIndexHtml: (html, context) => withPageHead(html, context.filename) }],
  }));
  wxt.hook('build:publicAssets', (_wxt, files) => {
    const index = files.findIndex((file) => file.relativeDest === 'popup.html');
    const popup = files[index];
    if (!popup || !('absoluteSrc' in popup)) throw new Error('The build has no public/popup.html to give its head');
    files[index] = { relativeDest: popup.relativeDest, contents: withPageHead(readFileSync(popup.absoluteSrc, 'utf8'), 'public/popup.html') };
  });
});
