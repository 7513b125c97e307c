import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from './index';

export const TranslatorContext = createContext<Translator | null>(null);

/** The words of the language the person chose, for any component below the app. */
export function useTranslator(): Translator {
  const tr = useContext(TranslatorContext);
  if (!tr) throw new Error('useTranslator needs a TranslatorContext.Provider above it');
  return tr;
}
