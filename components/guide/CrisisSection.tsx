import type { GuideRegion } from '@/lib/pack';
import { crisisDangerSentence } from '@/lib/sentences';
import { useTranslator } from '@/locales/context';
import { OwnLifeLine } from '@/components/shared/OwnLifeLine';
import { PhoneLink } from '@/components/shared/PhoneLink';
import { SentenceView } from '@/components/shared/SentenceView';
import { GuideSection } from './GuideSection';
import { ServiceItem } from './ServiceItem';

interface Props {
  plan: GuideRegion;
}

/** In crisis, or a child is in danger now: for every region, the person's own life first. */
export function CrisisSection({ plan }: Props) {
  const tr = useTranslator();
  const { emergency, police } = plan;
  return (
    <GuideSection id="crisis">
      <OwnLifeLine plan={plan} />
      <p class="child-in-danger">
        <SentenceView sentence={crisisDangerSentence(plan, tr)} />
      </p>
      {[emergency, police].map((service) => {
        const phone = service?.phones[0];
        return (
          phone && (
            <p key={service.id}>{tr.parts('crisis.emergencyNumber', { number: <PhoneLink phone={phone} />, about: service.words.about })}</p>
          )
        );
      })}
      <p>{tr.t('crisis.suicide')}</p>
      <p>{tr.t('crisis.investigation')}</p>
      {plan.informPlus && <p>{tr.t('crisis.informPlus')}</p>}
      {plan.crisis.map((service) => (
        <ServiceItem key={service.id} service={service} />
      ))}
      {plan.crisisAdvice && <p>{tr.t('crisis.advice')}</p>}
    </GuideSection>
  );
}
