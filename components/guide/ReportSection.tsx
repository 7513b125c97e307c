import type { GuideRegion } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { GuideSection } from './GuideSection';
import { ServiceItem } from './ServiceItem';

interface Props {
  plan: GuideRegion;
}

/**
 * Reporting sexual images of children: safely, and saying which routes are anonymous and
 * which are not. Of a route the fact sheet says neither of, it says nothing.
 */
export function ReportSection({ plan }: Props) {
  const tr = useTranslator();
  const anonymity = (anonymous: boolean | undefined) =>
    anonymous === undefined ? undefined : tr.t(anonymous ? 'report.anonymous' : 'report.notAnonymous');
  return (
    <GuideSection id="report">
      {/* The warning holds wherever a person is, with or without a route Signpost knows. */}
      {plan.reporting.length > 0 ? <p>{tr.t('report.intro')}</p> : <p>{tr.t('report.none')}</p>}
      <p class="report-warning">{tr.t('report.warning')}</p>
      {plan.reporting.map((service) => (
        <ServiceItem
          key={service.id}
          service={service}
          linkLabel={tr.t('report.link', { name: service.name })}
          note={anonymity(service.anonymous)}
        />
      ))}
    </GuideSection>
  );
}
