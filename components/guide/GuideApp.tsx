import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from '@/lib/after-paint';
import { shiftTripleDetector } from '@/lib/exit-keys';
import type { GuideState, SectionId } from '@/lib/guide-state';
import { regionPlan } from '@/lib/plan';
import type { Messages } from '@/locales';
import type { LoadMessages } from '@/locales/use-language';
import { PageShell, usePage } from '@/components/shared/PageShell';
import { HelpNow } from '@/components/shared/HelpNow';
import { LanguageSwitch } from '@/components/shared/LanguageSwitch';
import { RegionPicker } from '@/components/shared/RegionPicker';
import { CrisisSection } from './CrisisSection';
import { ExitPageButton } from './ExitPageButton';
import { FamilySection } from './FamilySection';
import { GuideContents } from './GuideContents';
import { type InstalledFacts, PrivacySection } from './PrivacySection';
import { ProfessionalsSection } from './ProfessionalsSection';
import { ReportSection } from './ReportSection';
import { SelfSection } from './SelfSection';
import { SkipLink } from './SkipLink';
import { YoungSection } from './YoungSection';

export interface GuideAppProps {
  /** How the guide opens: its address, read once (a deep link's region, language and section), else the browser's defaults. */
  initial: GuideState;
  /** The words of the language the page opens in (the hash's, else the default). */
  messages: Messages;
  loadMessages: LoadMessages;
  now?: Date;
  userTimeZone?: string;
  /** What the browser reports about Signpost, read after first paint (the browser API loads then). */
  loadFacts: () => Promise<InstalledFacts>;
  /** Leaves the page at once (blank, then close the tab). */
  exit: () => void;
}

function showSection(section: SectionId) {
  const heading = document.getElementById(`${section}-heading`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * The guide (the extension's options page). It reads the address once, as it opens; after
 * that the choices live only in this page's state, because the browser keeps every address
 * a page takes in its history.
 */
export function GuideApp(props: GuideAppProps) {
  const { initial, messages, loadMessages, now, userTimeZone, loadFacts, exit } = props;
  const [facts, setFacts] = useState<InstalledFacts | undefined>(undefined);
  const [state, setState] = useState<GuideState>(initial);
  const page = usePage({ lang: state.lang, opening: { lang: initial.lang, messages }, loadMessages, now, userTimeZone });
  const { tr } = page;
  const plan = regionPlan(state.region);

  // A deep link lands on its section once the page has rendered.
  useEffect(() => {
    if (state.section) showSection(state.section);
  }, []);

  useEffect(() => {
    afterPaint(() => void loadFacts().then(setFacts));
  }, [loadFacts]);

  useEffect(() => {
    const detect = shiftTripleDetector();
    const onKeyDown = (event: KeyboardEvent) => {
      if (detect({ key: event.key, repeat: event.repeat, time: event.timeStamp })) exit();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [exit]);

  return (
    <PageShell page={page}>
      <SkipLink />
      <header class="page-header guide-header">
        <div class="guide-header-row">
          <div class="guide-settings" role="group" aria-label={tr.t('guide.settings')}>
            <RegionPicker region={state.region} onChange={(region) => setState({ ...state, region })} />
            <LanguageSwitch lang={state.lang} onChange={(lang) => setState({ ...state, lang })} />
          </div>
          <ExitPageButton onExit={exit} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{tr.t('guide.heading')}</h1>
        <p class="intro">{tr.t('guide.intro')}</p>
        <HelpNow plan={plan} />
        <GuideContents onGo={showSection} />
        <SelfSection plan={plan} />
        <FamilySection plan={plan} />
        <YoungSection plan={plan} />
        <ProfessionalsSection plan={plan} />
        <CrisisSection plan={plan} />
        <ReportSection plan={plan} />
        <PrivacySection facts={facts} />
      </main>
      <footer class="page-footer">
        <p>{tr.t('footer.promise')}</p>
        <p>{tr.t('footer.independentFull')}</p>
      </footer>
    </PageShell>
  );
}
