/**
 * Every word of every language: for the build, which writes each page's pack from them
 * (lib/project.ts), and for the tests. A page gets only its own language's, in its pack.
 * Typed by LANGS: a language with no entry here fails `tsc`.
 */
import cy from './cy';
import de from './de';
import en from './en';
import fr from './fr';
import { type LanguageWords, type Messages, type Translator, translator } from './index';
import type { Lang } from './langs';
import nb from './nb';
import nl from './nl';

export const WORDS: Readonly<Record<Lang, LanguageWords>> = { en, cy, de, nl, fr, nb };

/** A language's sentences, the popup's and the guide's. */
export const messagesFor = (lang: Lang): Messages => ({ ...WORDS[lang].popup, ...WORDS[lang].guide });

export function translatorFor(lang: Lang): Translator {
  return translator(lang, messagesFor(lang));
}
