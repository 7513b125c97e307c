import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from './langs';
import { type Messages, type Translator, translator } from './index';

export type LoadMessages = (lang: Lang) => Promise<Messages>;

/**
 * The translator for the wanted language. The first language arrives with the page; a
 * switch loads the other from the extension's files, and the page changes when it is in.
 */
export function useLanguage(wanted: Lang, initial: { lang: Lang; messages: Messages }, load: LoadMessages): Translator {
  const [loaded, setLoaded] = useState(initial);
  useEffect(() => {
    if (wanted === loaded.lang) return undefined;
    let current = true;
    void load(wanted).then((messages) => {
      if (current) setLoaded({ lang: wanted, messages });
    });
    return () => {
      current = false;
    };
  }, [wanted, loaded.lang, load]);
  return useMemo(() => translator(loaded.lang, loaded.messages), [loaded]);
}
