import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RegionId } from '../data/types';
import { formatHash } from '../lib/guide-state';
import type { Lang } from '../lib/region';
import { regionHelp } from '../lib/region-help';
import { type BaseMessages, translator } from '../locales';
import { TranslatorContext } from '../locales/context';
import { CrisisHelp } from './CrisisHelp';
import { HelplineCard } from './HelplineCard';
import { LanguageSwitch } from './LanguageSwitch';
import { MoreHelp } from './MoreHelp';
import { OnlineProgrammes } from './OnlineProgrammes';
import { PopupFooter } from './PopupFooter';
import { RegionPicker } from './RegionPicker';

export interface PopupAppProps {
  /** What the browser says, read once when the popup opens (fixed in tests). */
  initial: { region: RegionId; lang: Lang };
  /** The popup's sentences in both languages: they come with its one script, so a switch is instant. */
  messages: Record<Lang, BaseMessages>;
  now?: Date;
  userTimeZone?: string;
}

/** The toolbar popup. Region and language live in this component's state only. */
export function PopupApp({ initial, messages, now, userTimeZone }: PopupAppProps) {
  const [region, setRegion] = useState<RegionId>(initial.region);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const tr = useMemo(() => translator(lang, messages[lang]), [lang, messages]);
  const at = useMemo(() => now ?? new Date(), [now]);
  const zone = userTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const help = regionHelp(region);

  useEffect(() => {
    document.documentElement.lang = tr.lang;
    document.title = tr.t('page.title');
  }, [tr]);

  return (
    <TranslatorContext.Provider value={tr}>
      <header class="page-header">
        <div class="page-header-row">
          <h1>{tr.t('popup.heading')}</h1>
          <LanguageSwitch onChange={setLang} />
        </div>
        <RegionPicker region={region} onChange={setRegion} />
      </header>
      <main>
        {help.primary ? (
          <HelplineCard
            service={help.primary}
            region={region}
            now={at}
            userTimeZone={zone}
            showSchedule={false}
          />
        ) : (
          <OnlineProgrammes services={help.online} intro />
        )}
        <CrisisHelp help={help} hideHeading />
        {help.primary && <MoreHelp help={help} hideHeading />}
      </main>
      <PopupFooter guideHref={`/options.html${formatHash({ region, lang })}`} />
    </TranslatorContext.Provider>
  );
}
