import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RegionId } from '../data/types';
import type { Lang } from '../lib/region';
import { regionHelp } from '../lib/region-help';
import type { Messages } from '../locales';
import { TranslatorContext } from '../locales/context';
import { type LoadMessages, useLanguage } from '../locales/use-language';
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
  /** The words of the initial language, loaded before the first paint. */
  messages: Messages;
  loadMessages: LoadMessages;
  now?: Date;
  userTimeZone?: string;
  openGuide: () => void;
}

/** The toolbar popup. Region and language live in this component's state only. */
export function PopupApp({ initial, messages, loadMessages, now, userTimeZone, openGuide }: PopupAppProps) {
  const [region, setRegion] = useState<RegionId>(initial.region);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const tr = useLanguage(lang, { lang: initial.lang, messages }, loadMessages);
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
      <PopupFooter onOpenGuide={openGuide} />
    </TranslatorContext.Provider>
  );
}
