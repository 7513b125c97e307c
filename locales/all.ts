/** Every sentence of every language at once, for tests and scripts; pages use load.ts. */
import { type GuideMessages, joinWords, type Messages, type PopupMessages, type Translator, translator } from './index';
import { LANG_CODES, type Lang } from './langs';

const POPUP = import.meta.glob<PopupMessages>('./*/popup.ts', { import: 'default', eager: true });
const GUIDE = import.meta.glob<GuideMessages>('./*/guide.ts', { import: 'default', eager: true });

/** Every language's popup sentences (the popup itself loads one: popup-messages.ts). */
export const POPUP_MESSAGES = Object.fromEntries(
  LANG_CODES.map((code) => [code, POPUP[`./${code}/popup.ts`]]),
) as Record<Lang, PopupMessages>;

/** Every language's words, popup and guide together. */
export const MESSAGES = Object.fromEntries(
  LANG_CODES.map((code) => [code, joinWords(POPUP_MESSAGES[code], GUIDE[`./${code}/guide.ts`]!)]),
) as Record<Lang, Messages>;

export function translatorFor(lang: Lang): Translator {
  return translator(lang, MESSAGES[lang]);
}
