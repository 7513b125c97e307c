import { useState } from 'preact/hooks';
import type { RegionId } from '@/data/directory';
import { GUIDE_PAGE } from '@/lib/guide';
import type { LoadPack } from '@/lib/load-pack';
import type { PopupPack } from '@/lib/pack';
import type { Lang } from '@/locales/langs';
import { PageShell, usePage } from '@/components/shared/PageShell';
import { Helpline } from '@/components/shared/Helpline';
import { HelpNow } from '@/components/shared/HelpNow';
import { LanguageSwitch } from '@/components/shared/LanguageSwitch';
import { OnlineProgrammes } from '@/components/shared/OnlineProgrammes';
import { RegionPicker } from '@/components/shared/RegionPicker';
import { MoreHelp } from './MoreHelp';
import { PopupFooter } from './PopupFooter';

export interface PopupAppProps {
  /** The pack of the region and language the popup opens in (what the browser says). */
  pack: PopupPack;
  /** Another region's or language's pack, when the person chooses one. */
  loadPack: LoadPack<'popup'>;
  now?: Date;
  userTimeZone?: string;
}

/** The toolbar popup. Region and language live in this component's state only. */
export function PopupApp({ pack: opening, loadPack, now, userTimeZone }: PopupAppProps) {
  const [region, setRegion] = useState<RegionId>(opening.region.id);
  const [lang, setLang] = useState<Lang>(opening.lang);
  const page = usePage({ region, lang, opening, loadPack, now, userTimeZone });
  const { pack, tr } = page;
  const plan = pack.region;

  return (
    <PageShell page={page}>
      <header class="page-header">
        <div class="page-header-row">
          <h1>{tr.t('popup.heading')}</h1>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </div>
        <RegionPicker region={region} names={pack.regions} onChange={setRegion} />
      </header>
      <main aria-busy={page.busy ? 'true' : undefined}>
        {plan.helpline ? <Helpline service={plan.helpline} /> : <OnlineProgrammes services={plan.online} intro />}
        <HelpNow plan={plan} hideHeading />
        {/* With or without a helpline: a young people's line shows where there is one. */}
        <MoreHelp plan={plan} />
      </main>
      <PopupFooter guideHref={`/${GUIDE_PAGE}`} />
    </PageShell>
  );
}
