import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { RegionId } from '@/data/directory';
import type { LoadPack, Pack } from '@/lib/load-pack';
import type { PackKind } from '@/lib/pack';
import { TranslatorContext } from '@/locales/context';
import { translator } from '@/locales';
import type { Lang } from '@/locales/langs';
import { ClockContext } from './clock';

export interface PageOptions<K extends PackKind> {
  /** The region and language the person wants now. */
  region: RegionId;
  lang: Lang;
  /** The pack the page opened with. */
  opening: Pack<K>;
  loadPack: LoadPack<K>;
  /** Fixed in tests; else the moment the page opened and the device's zone. */
  now?: Date;
  userTimeZone?: string;
}

/**
 * What both pages set up the same way: the pack of the region and language chosen (the page
 * keeps the one it shows until the next is in), its translator, the clock, and the
 * document's language and neutral title.
 */
export function usePage<K extends PackKind>({ region, lang, opening, loadPack, now, userTimeZone }: PageOptions<K>) {
  const [pack, setPack] = useState(opening);
  useEffect(() => {
    if (region === pack.region.id && lang === pack.lang) return undefined;
    let current = true;
    void loadPack(region, lang).then((next) => {
      if (current) setPack(next);
    });
    return () => {
      current = false;
    };
  }, [region, lang, pack, loadPack]);
  const tr = useMemo(() => translator(pack.lang, pack.words), [pack]);
  const clock = useMemo(
    () => ({ now: now ?? new Date(), timeZone: userTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone }),
    [now, userTimeZone],
  );
  // A layout effect, which runs as the page renders: the document's language is right in the
  // first paint, and the browser styles the page once. An effect ran after the first frame,
  // and setting the language, even to the one it had, restyled the whole page before that
  // frame reached the screen (npm run bench's trace).
  useLayoutEffect(() => {
    document.documentElement.lang = tr.lang;
    document.title = tr.t('page.title');
  }, [tr]);
  // Until the chosen region's or language's pack is in, the page says it is updating.
  const busy = region !== pack.region.id || lang !== pack.lang;
  return { pack, tr, clock, busy };
}

interface Props {
  page: { tr: ReturnType<typeof translator>; clock: { now: Date; timeZone: string } };
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
