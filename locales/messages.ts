/** Every sentence of every language at once, for tests and scripts; pages use load.ts. */
import type { Lang } from '../lib/region';
import { cy } from './cy';
import { cyGuide } from './cy-guide';
import { en } from './en';
import { enGuide } from './en-guide';
import { type BaseMessages, type GuideMessages, type Translator, translator } from './index';

export const MESSAGES: Record<Lang, BaseMessages & GuideMessages> = {
  en: { ...en, ...enGuide },
  cy: { ...cy, ...cyGuide },
};

/** Only what the popup loads, to prove the popup needs nothing more. */
export const POPUP_MESSAGES: Record<Lang, BaseMessages> = { en, cy };

export function translatorFor(lang: Lang): Translator {
  return translator(lang, MESSAGES[lang]);
}
