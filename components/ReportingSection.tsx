import type { RegionId } from '../data/types';
import { servicesFor } from '../data/directory';
import { useTranslator } from '../locales/context';
import { GuideSection } from './GuideSection';
import { ServiceItem } from './ServiceItem';

interface Props {
  region: RegionId;
  now: Date;
  userTimeZone: string;
}

export function ReportingSection({ region, now, userTimeZone }: Props) {
  const tr = useTranslator();
  const reporting = servicesFor(region).filter((service) => service.kind === 'report');
  return (
    <GuideSection id="report">
      {reporting.length > 0 ? (
        <>
          <p>{tr.t('report.intro')}</p>
          {reporting.map((service) => (
            <ServiceItem
              key={service.id}
              service={service}
              region={region}
              now={now}
              userTimeZone={userTimeZone}
              linkLabel={tr.t('report.link', { name: service.name })}
            />
          ))}
        </>
      ) : (
        <p>{tr.t('report.none')}</p>
      )}
    </GuideSection>
  );
}
