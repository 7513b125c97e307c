import type { RegionId } from '../data/types';
import type { RegionHelp } from '../lib/region-help';
import { useTranslator } from '../locales/context';
import { GuideSection } from './GuideSection';
import { PhoneLink } from './PhoneLink';
import { ServiceItem } from './ServiceItem';

interface Props {
  region: RegionId;
  help: RegionHelp;
  now: Date;
  userTimeZone: string;
}

export function CrisisSection({ region, help, now, userTimeZone }: Props) {
  const tr = useTranslator();
  const emergency = help.emergency[0];
  const emergencyPhone = emergency?.phones[0];
  return (
    <GuideSection id="crisis">
      <p class="crisis-danger">
        {emergencyPhone
          ? tr.parts('crisisSection.danger', { number: <PhoneLink phone={emergencyPhone} /> })
          : tr.t('crisisSection.dangerElsewhere')}
      </p>
      {emergency && <p>{tr.maybe(`service.${emergency.id}.about`)}</p>}
      {help.crisis.length > 0 ? (
        <>
          <p>{tr.t('crisisSection.investigation')}</p>
          {help.crisis.map((service) => (
            <ServiceItem key={service.id} service={service} region={region} now={now} userTimeZone={userTimeZone} />
          ))}
        </>
      ) : (
        <p>{tr.t('crisisSection.noLine')}</p>
      )}
      {region === 'uk' && <p>{tr.t('crisisSection.ukRoutes')}</p>}
    </GuideSection>
  );
}
