import type { RegionId } from '../data/types';
import type { RegionHelp } from '../lib/region-help';
import { useTranslator } from '../locales/context';
import { ExternalLink } from './ExternalLink';
import { GuideSection } from './GuideSection';
import { HelplineCard } from './HelplineCard';
import { OnlineProgrammes } from './OnlineProgrammes';

interface Props {
  region: RegionId;
  help: RegionHelp;
  now: Date;
  userTimeZone: string;
}

export function OwnThoughtsSection({ region, help, now, userTimeZone }: Props) {
  const tr = useTranslator();
  const { primary } = help;
  const passesOn = primary
    ? (tr.maybe(`service.${primary.id}.passesOnFull`) ?? tr.maybe(`service.${primary.id}.passesOnShort`))
    : undefined;
  const whenYouCall = primary ? tr.maybe(`service.${primary.id}.whenYouCall`) : undefined;
  const localSelfHelp = help.selfHelp.filter((service) => service.regions !== 'anywhere');
  return (
    <GuideSection id="self">
      <p>{tr.t('self.intro')}</p>
      {primary ? (
        <>
          <HelplineCard
            service={primary}
            region={region}
            now={now}
            userTimeZone={userTimeZone}
            headingLevel={3}
            showPassesOn={false}
          />
          {whenYouCall && (
            <>
              <h3>{tr.t('self.callHeading')}</h3>
              <p>{whenYouCall}</p>
            </>
          )}
          <h3>{tr.t('self.confidentialHeading')}</h3>
          <p>{passesOn ?? tr.t('self.confidentialUnknown')}</p>
        </>
      ) : (
        <p>{tr.t('self.noHelpline')}</p>
      )}
      {localSelfHelp.length > 0 && (
        <>
          <h3>{tr.t('self.selfHelpHeading')}</h3>
          <ul>
            {localSelfHelp.map((service) =>
              service.url ? (
                <li key={service.id}>
                  <ExternalLink href={service.url}>{tr.maybe(`service.${service.id}.about`)}</ExternalLink>
                </li>
              ) : null,
            )}
          </ul>
        </>
      )}
      <OnlineProgrammes services={help.online} headingLevel={3} />
    </GuideSection>
  );
}
