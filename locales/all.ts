/** Every sentence of every language at once, for tests and scripts; pages use load.ts. */
import { type GuideMessages, type PopupMessages, type Translator, translator } from './index';
import { LANG_CODES, type Lang } from './langs';
import { POPUP_MESSAGES } from './popup-messages';

const GUIDE = import.meta.glob<GuideMessages>('./*/guide.ts', { import: 'default', eager: true });

export const MESSAGES = Object.fromEntries(
  LANG_CODES.map((code) => [code, { ...POPUP_MESSAGES[code], ...GUIDE[`./${code}/guide.ts`] }]),
) as Record<Lang, PopupMessages & GuideMessages>;

export { POPUP_MESSAGES };

export function translatorFor(lang: Lang): Translator {
  return translator(lang, MESSAGES[lang]);
}
