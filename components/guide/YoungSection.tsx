import type { RegionPlan } from '@/lib/plan';
import { useTranslator } from '@/locales/context';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { PhoneLink } from '@/components/shared/PhoneLink';
import { ServiceName } from '@/components/shared/ServiceName';
import { GuideSection } from './GuideSection';

interface Props {
  plan: RegionPlan;
}

/** For parents and carers worried about a child's behaviour, and for young people themselves. */
export function YoungSection({ plan }: Props) {
  const tr = useTranslator();
  const { parents, youngPeople } = plan;
  const youngPhone = youngPeople?.phones[0];
  return (
    <GuideSection id="young">
      <p>{tr.t('young.intro')}</p>
      {parents?.url && (
        <p>
          <ExternalLink href={parents.url}>{tr.t('young.parents')}</ExternalLink>{' '}
          <span class="service-about">{tr.service(parents.id).about}</span>
        </p>
      )}
      {youngPeople && youngPhone ? (
        <p>
          {tr.parts('young.under19', {
            name: <ServiceName service={youngPeople} />,
            number: <PhoneLink phone={youngPhone} />,
          })}
        </p>
      ) : (
        <p>
          {plan.childInDanger
            ? tr.parts('young.noneDanger', { number: <PhoneLink phone={plan.childInDanger} afterCall /> })
            : tr.t('young.none')}
        </p>
      )}
    </GuideSection>
  );
}
