import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Messages } from '@/locales';
import { TranslatorContext } from '@/locales/context';
import type { Lang } from '@/locales/langs';
import { type LoadMessages, useLanguage } from '@/locales/use-language';
import { ClockContext } from './clock';

export interface PageOptions {
  /** The language the page shows now. */
  lang: Lang;
  /** The words the page opened with, in the language it opened in. */
  opening: { lang: Lang; messages: Messages };
  loadMessages: LoadMessages;
  /** Fixed in tests; else the moment the page opened and the device's zone. */
  now?: Date;
  userTimeZone?: string;
}

/**
 * What both pages set up the same way: the translator (the page keeps its language until the
 * next one's words are in), the clock, and the document's language and neutral title.
 */
export function usePage({ lang, opening, loadMessages, now, userTimeZone }: PageOptions) {
  const [first] = useState(opening);
  const tr = useLanguage(lang, first, loadMessages);
  const clock = useMemo(
    () => ({ now: now ?? new Date(), timeZone: userTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone }),
    [now, userTimeZone],
  );
  useEffect(() => {
    document.documentElement.lang = tr.lang;
    document.title = tr.t('page.title');
  }, [tr]);
  return { tr, clock };
}

interface Props {
  page: ReturnType<typeof usePage>;
  children: ComponentChildren;
}

/** Gives every component below the page's translator and clock. */
export function PageShell({ page, children }: Props) {
  return (
    <TranslatorContext.Provider value={page.tr}>
      <ClockContext.Provider value={page.clock}>{children}</ClockContext.Provider>
    </TranslatorContext.Provider>
  );
}
