import { useState } from 'preact/hooks';
import { formatHash, GUIDE_PAGE } from '@/lib/guide-state';
import { regionPlan } from '@/lib/plan';
import type { RegionId } from '@/lib/region';
import type { PopupMessages } from '@/locales';
import type { Lang } from '@/locales/langs';
import type { LoadMessages } from '@/locales/use-language';
import { PageShell, usePage } from '@/components/shared/PageShell';
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
  /** The popup's sentences in the language it opens in. */
  messages: PopupMessages;
  /** Another language's sentences, when the person switches (a small script of its own). */
  loadMessages: LoadMessages;
  now?: Date;
  userTimeZone?: string;
}

/** The toolbar popup. Region and language live in this component's state only. */
export function PopupApp({ initial, messages, loadMessages, now, userTimeZone }: PopupAppProps) {
  const [region, setRegion] = useState<RegionId>(initial.region);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const page = usePage({ lang, opening: { lang: initial.lang, messages }, loadMessages, now, userTimeZone });
  const { tr } = page;
  const plan = regionPlan(region);

  return (
    <PageShell page={page}>
      <header class="page-header">
        <div class="page-header-row">
          <h1>{tr.t('popup.heading')}</h1>
          <LanguageSwitch lang={lang} onChange={setLang} />
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
    </PageShell>
  );
}
