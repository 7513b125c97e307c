import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatHash, GUIDE_PAGE } from '@/lib/guide-state';
import { regionPlan } from '@/lib/plan';
import type { RegionId } from '@/lib/region';
import { type PopupMessages, translator } from '@/locales';
import { TranslatorContext } from '@/locales/context';
import type { Lang } from '@/locales/langs';
import { ClockContext } from '@/components/shared/clock';
import { HelplineCard } from '@/components/shared/HelplineCard';
import { HelpNow } from '@/components/shared/HelpNow';
import { LanguageSwitch } from '@/components/shared/LanguageSwitch';
import { OnlineProgrammes } from '@/components/shared/OnlineProgrammes';
import { RegionPicker } from '@/components/shared/RegionPicker';
import { MoreHelp } from './MoreHelp';
import { PopupFooter } from './PopupFooter';

export interface PopupAppProps {
  /** What the browser says, read once when the popup opens (fixed in tests). */
  initial: { region: RegionId; lang: Lang };
  /** Every language's popup sentences: they come with its one script, so a switch is instant. */
  messages: Record<Lang, PopupMessages>;
  now?: Date;
  userTimeZone?: string;
}

/** The toolbar popup. Region and language live in this component's state only. */
export function PopupApp({ initial, messages, now, userTimeZone }: PopupAppProps) {
  const [region, setRegion] = useState<RegionId>(initial.region);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const tr = useMemo(() => translator(lang, messages[lang]), [lang, messages]);
  const clock = useMemo(
    () => ({ now: now ?? new Date(), timeZone: userTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone }),
    [now, userTimeZone],
  );
  const plan = regionPlan(region);

  useEffect(() => {
    document.documentElement.lang = tr.lang;
    document.title = tr.t('page.title');
  }, [tr]);

  return (
    <TranslatorContext.Provider value={tr}>
      <ClockContext.Provider value={clock}>
        <header class="page-header">
          <div class="page-header-row">
            <h1>{tr.t('popup.heading')}</h1>
            <LanguageSwitch onChange={setLang} />
          </div>
          <RegionPicker region={region} onChange={setRegion} />
        </header>
        <main>
          {plan.helpline ? (
            <HelplineCard service={plan.helpline} />
          ) : (
            <OnlineProgrammes services={plan.online} intro />
          )}
          <HelpNow plan={plan} hideHeading />
          {plan.helpline && <MoreHelp plan={plan} />}
        </main>
        <PopupFooter guideHref={`/${GUIDE_PAGE}${formatHash({ region, lang })}`} />
      </ClockContext.Provider>
    </TranslatorContext.Provider>
  );
}
