import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from '@/lib/after-paint';
import { shiftTripleDetector } from '@/lib/exit-keys';
import type { RegionId } from '@/data/directory';
import type { SectionId } from '@/lib/guide';
import type { LoadPack } from '@/lib/load-pack';
import type { GuidePack, PrivacyWords } from '@/lib/pack';
import type { Lang } from '@/locales/langs';
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
  /** The pack of the region and language the guide opens in: the browser's defaults. */
  pack: GuidePack;
  /** Another region's or language's pack, when the person chooses one. */
  loadPack: LoadPack<'guide'>;
  now?: Date;
  userTimeZone?: string;
  /** What the browser reports about Signpost, read after first paint (the browser API loads then). */
  loadFacts: () => Promise<InstalledFacts>;
  /** The privacy section's words in a language: after first paint too, and for each language chosen. */
  loadPrivacy: (lang: Lang) => Promise<PrivacyWords>;
  /** Leaves the page at once (blank, then close the tab). */
  exit: () => void;
}

function showSection(section: SectionId) {
  const heading = document.getElementById(`${section}-heading`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * The guide (the extension's options page). The choices live only in this page's state,
 * never in its address, because the browser keeps every address a page takes in its history.
 */
export function GuideApp(props: GuideAppProps) {
  const { pack: opening, loadPack, now, userTimeZone, loadFacts, loadPrivacy, exit } = props;
  const [facts, setFacts] = useState<InstalledFacts | undefined>(undefined);
  const [painted, setPainted] = useState(false);
  // The privacy section's words, by language, as each arrives: the section shows the page's.
  const [privacy, setPrivacy] = useState<Partial<Record<Lang, PrivacyWords>>>({});
  const [region, setRegion] = useState<RegionId>(opening.region.id);
  const [lang, setLang] = useState<Lang>(opening.lang);
  const page = usePage({ region, lang, opening, loadPack, now, userTimeZone });
  const { pack, tr } = page;
  const plan = pack.region;

  useEffect(() => {
    afterPaint(() => {
      setPainted(true);
      void loadFacts().then(setFacts);
    });
  }, [loadFacts]);

  // Asked for as a language is chosen, beside its pack; kept by language, so the section
  // shows only the words of the language the page shows, never two at once.
  useEffect(() => {
    if (painted) void loadPrivacy(lang).then((words) => setPrivacy((loaded) => ({ ...loaded, [lang]: words })));
  }, [painted, lang, loadPrivacy]);

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
            <RegionPicker region={region} names={pack.regions} onChange={setRegion} />
            <LanguageSwitch lang={lang} onChange={setLang} />
          </div>
          <ExitPageButton onExit={exit} />
        </div>
      </header>
      <main id="main" tabIndex={-1} aria-busy={page.busy ? 'true' : undefined}>
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
        <PrivacySection facts={facts} words={privacy[pack.lang]} />
      </main>
      <footer class="page-footer">
        <p>{tr.t('footer.promise')}</p>
        <p>{tr.t('footer.independentFull')}</p>
      </footer>
    </PageShell>
  );
}
