import type { RegionPlan } from '@/lib/plan';
import { useTranslator } from '@/locales/context';
import { GuideSection } from './GuideSection';
import { ServiceItem } from './ServiceItem';

interface Props {
  plan: RegionPlan;
}

/** Reporting sexual images of children. */
export function ReportSection({ plan }: Props) {
  const tr = useTranslator();
  return (
    <GuideSection id="report">
      {plan.reporting.length > 0 ? (
        <>
          <p>{tr.t('report.intro')}</p>
          {plan.reporting.map((service) => (
            <ServiceItem key={service.id} service={service} linkLabel={tr.t('report.link', { name: service.name })} />
          ))}
        </>
      ) : (
        <p>{tr.t('report.none')}</p>
      )}
    </GuideSection>
  );
}
