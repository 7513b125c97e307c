/**
 * The popup's sentences, every language's, English's too, as a "language pack": a small
 * script of its own (popup-lang/<code>.js), which the build writes from
 * locales/<code>/popup.ts (modules/popup-languages.ts). The popup loads only the pack of the
 * language it shows, so popup.js holds no sentence and does not grow with each language;
 * a switch loads the next pack from the extension's own files (script-src 'self'; no
 * network). popup.js keeps only English's keys, in order, to read a pack with: in the
 * popup's build, locales/en/popup.ts is those keys with no words (modules/popup-languages.ts).
 */
import en from './en/popup';
import type { PopupMessages } from './index';
import type { Lang } from './langs';

/** Where a language's pack is in the build (absolute: the popup is at the root). */
export const packPath = (code: string) => `/popup-lang/${code}.js`;

/** The global a pack adds its sentences to: scripts on a page share nothing else. */
const PACKS = 'signpostPopupLanguages';

/** An object's words, one by one, in the order of English's keys (services' words last). */
function each(words: object, visit: (value: unknown) => unknown): object {
  return Object.fromEntries(
    Object.entries(words).map(([key, value]) => [key, typeof value === 'object' ? each(value as object, visit) : visit(value)]),
  );
}

/** English's keys with no words: all the popup's build keeps of locales/en/popup.ts. */
export const keysOnly = (words: object): object => each(words, () => 0);

/**
 * A pack's whole text: one plain assignment of data, no code of its own. Its sentences are
 * a list in the order of English's words, with no keys: a quarter smaller.
 */
export function packScript(code: string, messages: PopupMessages): string {
  const values: string[] = [];
  const walk = (order: object, words: object): void => {
    for (const key of Object.keys(order)) {
      const word = (words as Record<string, unknown>)[key];
      if (typeof word === 'object' && word) walk((order as Record<string, object>)[key]!, word);
      else values.push(word as string);
    }
  };
  walk(en, messages);
  return `(globalThis.${PACKS}||={})[${JSON.stringify(code)}]=${JSON.stringify(values)};\n`;
}

function packed(lang: Lang): PopupMessages | undefined {
  const values = (globalThis as { [PACKS]?: Partial<Record<Lang, string[]>> })[PACKS]?.[lang];
  if (!values) return undefined;
  let next = 0;
  const words = each(en, () => values[next++]);
  // A pack from another build would put every sentence in the wrong place: refuse it.
  return next === values.length ? (words as PopupMessages) : undefined;
}

/** A language's popup sentences, from its pack (once). */
export function loadPopupMessages(lang: Lang): Promise<PopupMessages> {
  const ready = packed(lang);
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = packPath(lang);
    // A classic script has run when its load event fires.
    script.onload = () => {
      const messages = packed(lang);
      if (messages) resolve(messages);
      else reject(new Error(`${script.src} held no ${lang} sentences`));
    };
    script.onerror = () => reject(new Error(`The popup's ${lang} sentences did not load from ${script.src}`));
    document.head.append(script);
  });
}
