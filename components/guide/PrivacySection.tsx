import { useTranslator } from '@/locales/context';
import { GuideSection } from './GuideSection';

/** The parts of the manifest this section reads; passed in so a test can feed its own. */
export interface ManifestFacts {
  version: string;
  permissions?: readonly string[];
  optional_permissions?: readonly string[];
  host_permissions?: readonly string[];
}

interface Props {
  /** Read from the browser just after first paint; undefined for that moment. */
  manifest: ManifestFacts | undefined;
}

export function PrivacySection({ manifest }: Props) {
  const tr = useTranslator();
  // Read from the running extension, so this list cannot drift from what the browser grants.
  const held = manifest
    ? [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? []), ...(manifest.host_permissions ?? [])]
    : [];
  return (
    <GuideSection id="privacy">
      <h3>{tr.t('privacy.permissionsHeading')}</h3>
      {!manifest ? null : held.length === 0 ? (
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
      <p>{tr.t('privacy.links')}</p>
      <p>{tr.t('footer.independentFull')}</p>
      {manifest && <p>{tr.t('privacy.version', { version: manifest.version })}</p>}
    </GuideSection>
  );
}
