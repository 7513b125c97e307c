import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Translator, translator } from './index';

export const TranslatorContext = createContext<Translator>(translator('en'));

/** The words of the language the person chose, for any component below the app. */
export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
