/**
 * A WXT module (WXT loads every file in modules/). Each service in a region's home
 * (data/regions/<id>.ts) and in data/online.ts names
 * the pages that state its facts and the date they were checked: that is for reviewers and
 * for the data tests, and no page reads it. So the build leaves the sources out of the
 * packages, which keeps the popup's one script small; the sources zip keeps them.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

// The files that hold services: every region's home, and the online programmes.
const DIRECTORY = /[\\/]data[\\/](regions[\\/][a-z-]+|online)\.ts$/;
// A sources list holds only calls with string arguments: no bracket inside it.
const SOURCES = /\bsources:\s*\[[^\]]*\]/g;
const SOURCES_AND_COMMA = /\bsources:\s*\[[^\]]*\],?/g;

export function noSources(): Plugin {
  return {
    name: 'signpost:no-sources',
    // On the TypeScript as written, before anything rewrites it.
    enforce: 'pre',
    transform(code, id) {
      if (!DIRECTORY.test(id.split('?')[0] ?? '')) return null;
      const found = code.match(SOURCES)?.length ?? 0;
      const entries = code.match(/\bid: '/g)?.length ?? 0;
      if (found === 0 || found !== entries) {
        this.error(`Found ${found} sources lists for ${entries} services: update modules/no-sources.ts.`);
      }
      // Gone altogether: no page reads a service's sources.
      return { code: code.replace(SOURCES_AND_COMMA, ''), map: null };
    },
  };
}

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [noSources()] }));
});
