import { useMemo } from 'preact/hooks';
import type { PrivacyWords } from '@/lib/pack';
import { type PrivacyKey, translator } from '@/locales';
import { useTranslator } from '@/locales/context';
import { GuideSection } from './GuideSection';

/** What the browser reports about the installed Signpost; passed in so a test can feed its own. */
export interface InstalledFacts {
  version: string;
  permissions?: readonly string[];
  optional_permissions?: readonly string[];
  host_permissions?: readonly string[];
  /**
   * The keys that open the popup: '' when none is set (Chrome leaves a taken one unset),
   * undefined where the browser has no shortcuts (Firefox for Android).
   */
  shortcut?: string;
}

interface Props {
  /** Read from the browser just after first paint; undefined for that moment. */
  facts: InstalledFacts | undefined;
  /** Its sentences in the page's language: they load after first paint; undefined until then. */
  words: PrivacyWords | undefined;
}

export function PrivacySection({ facts, words }: Props) {
  const page = useTranslator();
  // Its sentences are a file of their own, not the page's: the page's translator has none of them.
  const tr = useMemo(() => words && translator<PrivacyKey>(page.lang, words), [page.lang, words]);
  // Read from the running extension, so these cannot drift from what the browser grants.
  const held = facts
    ? [...(facts.permissions ?? []), ...(facts.optional_permissions ?? []), ...(facts.host_permissions ?? [])]
    : [];
  // Until they are in, its heading alone: the contents' link still lands on it, and as the
  // page's last section, nothing above it moves when they arrive.
  if (!tr) return <GuideSection id="privacy" busy>{null}</GuideSection>;
  return (
    <GuideSection id="privacy">
      <h3>{tr.t('privacy.permissionsHeading')}</h3>
      {!facts ? null : held.length === 0 ? (
        <p>{tr.t('privacy.permissionsNone')}</p>
      ) : (
        <>
          <p>{tr.t('privacy.permissionsSome')}</p>
          <ul class="permission-list">
            {held.map((permission) => (
              <li key={permission}>
                <code>{permission}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{tr.t('privacy.background')}</p>
      <p>{tr.t('privacy.connections')}</p>
      <p>{tr.t('privacy.lookups')}</p>
      <p>{tr.t('privacy.storage')}</p>
      <h3>{tr.t('privacy.historyHeading')}</h3>
      <p>{tr.t('privacy.history')}</p>
      <p>{tr.t('privacy.historyRemove')}</p>
      <p>{tr.t('privacy.closedTabs')}</p>
      <p>{tr.t('privacy.clipboard')}</p>
      <h3>{tr.t('privacy.keptHeading')}</h3>
      <p>{tr.t('privacy.keptIntro')}</p>
      <ul>
        <li>{tr.t('privacy.keptSites')}</li>
        <li>{tr.t('privacy.keptTile')}</li>
        <li>{tr.t('privacy.keptCache')}</li>
        <li>{tr.t('privacy.keptClick')}</li>
        <li>{tr.t('privacy.keptSync')}</li>
        <li>{tr.t('privacy.keptInstalled')}</li>
      </ul>
      <h3>{tr.t('privacy.privateHeading')}</h3>
      <p>{tr.t('privacy.private')}</p>
      <p>{tr.t('privacy.privateAllow')}</p>
      <ul>
        <li>{tr.t('privacy.privateChrome')}</li>
        <li>{tr.t('privacy.privateEdge')}</li>
        <li>{tr.t('privacy.privateFirefox')}</li>
        <li>{tr.t('privacy.privateAndroid')}</li>
      </ul>
      <h3>{tr.t('privacy.shortcutHeading')}</h3>
      {facts?.shortcut !== undefined && (
        <p>
          {facts.shortcut
            ? tr.parts('privacy.shortcut', { keys: <kbd>{facts.shortcut}</kbd> })
            : tr.t('privacy.shortcutNone')}
        </p>
      )}
      <p>{tr.t('privacy.shortcutChange')}</p>
      <p>{tr.t('privacy.links')}</p>
      <p>{page.t('footer.independentFull')}</p>
      {facts && <p>{tr.t('privacy.version', { version: facts.version })}</p>}
    </GuideSection>
  );
}
