import type { RegionPlan } from '@/lib/plan';
import { useTranslator } from '@/locales/context';
import { PhoneLink } from '@/components/shared/PhoneLink';
import { GuideSection } from './GuideSection';
import { ServiceItem } from './ServiceItem';

interface Props {
  plan: RegionPlan;
}

/** In crisis, or a child is in danger now. */
export function CrisisSection({ plan }: Props) {
  const tr = useTranslator();
  const { emergency } = plan;
  const emergencyPhone = emergency?.phones[0];
  return (
    <GuideSection id="crisis">
      <p class="crisis-danger">
        {emergencyPhone
          ? tr.parts('crisis.danger', { number: <PhoneLink phone={emergencyPhone} /> })
          : tr.t('crisis.dangerElsewhere')}
      </p>
      {emergency && <p>{tr.maybe(`service.${emergency.id}.about`)}</p>}
      {plan.crisis.length > 0 ? (
        <>
          <p>{tr.t('crisis.investigation')}</p>
          {plan.crisis.map((service) => (
            <ServiceItem key={service.id} service={service} />
          ))}
        </>
      ) : (
        <p>{tr.t('crisis.noLine')}</p>
      )}
      {plan.crisisAdvice && <p>{tr.t('crisis.advice')}</p>}
    </GuideSection>
  );
}
