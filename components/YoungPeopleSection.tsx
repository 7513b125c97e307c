import { localServicesFor } from '../data/directory';
import type { RegionId } from '../data/types';
import type { RegionHelp } from '../lib/region-help';
import { useTranslator } from '../locales/context';
import { ExternalLink } from './ExternalLink';
import { GuideSection } from './GuideSection';
import { PhoneLink } from './PhoneLink';
import { ServiceName } from './ServiceName';

interface Props {
  region: RegionId;
  help: RegionHelp;
}

export function YoungPeopleSection({ region, help }: Props) {
  const tr = useTranslator();
  const parentsPage = localServicesFor(region).find(
    (service) => service.kind === 'self-help' && service.audiences[0] === 'young-person',
  );
  const { youngPerson } = help;
  const youngPhone = youngPerson?.phones[0];
  return (
    <GuideSection id="young">
      <p>{tr.t('young.intro')}</p>
      {parentsPage?.url && (
        <p>
          <ExternalLink href={parentsPage.url}>{tr.t('young.parents')}</ExternalLink>{' '}
          <span class="service-about">{tr.maybe(`service.${parentsPage.id}.about`)}</span>
        </p>
      )}
      {youngPerson && youngPhone ? (
        <p>
          {tr.parts('young.under18', {
            name: <ServiceName service={youngPerson} />,
            number: <PhoneLink phone={youngPhone} />,
          })}
        </p>
      ) : (
        <p>{tr.t('young.none')}</p>
      )}
    </GuideSection>
  );
}
