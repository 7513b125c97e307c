/**
 * A WXT module (WXT loads every file in modules/). Preact's renderer has one HTML sink:
 * the branch that serves the `dangerouslySetInnerHTML` prop assigns `innerHTML`. Signpost
 * never uses that prop, so this build step cuts the branch out of Preact as it is bundled,
 * and the packages hold no `innerHTML` at all: for Mozilla's linter, for a store's
 * reviewer, for anyone reading the code. A page that passed the prop anyway would now
 * throw rather than set HTML.
 *
 * The text cut is Preact 10's minified renderer, exactly. If an upgrade changes it, the
 * build stops here with a message, rather than shipping the sink again.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/;

// In Preact's diffElementNodes: h is the new dangerouslySetInnerHTML, p the old one, u the
// DOM node, L the children diff that runs when there is no raw HTML.
const SINK =
  'if(h)c||p&&(h.__html==p.__html||h.__html==u.innerHTML)||(u.innerHTML=h.__html),t.__k=[];else if(p&&(u.innerHTML=""),L(';
const WITHOUT_SINK = 'if(h)throw Error("Signpost sets no raw HTML");else if(L(';

export function noHtmlSink(): Plugin {
  return {
    name: 'signpost:no-html-sink',
    transform(code, id) {
      if (!PREACT.test(id.split('?')[0] ?? '')) return null;
      const found = code.split(SINK).length - 1;
      if (found !== 1) {
        this.error(`Preact's innerHTML branch was found ${found} times, not once: update modules/no-html-sink.ts for this Preact.`);
      }
      const cut = code.replace(SINK, WITHOUT_SINK);
      if (cut.includes('innerHTML')) this.error('Preact still assigns innerHTML elsewhere: update modules/no-html-sink.ts.');
      return { code: cut, map: null };
    },
  };
}

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [noHtmlSink()] }));
});
