import type { GuideRegion } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { GuideSection } from './GuideSection';
import { ServiceItem } from './ServiceItem';

interface Props {
  plan: GuideRegion;
}

/** For family and friends worried about someone else, and about looking after themselves. */
export function FamilySection({ plan }: Props) {
  const tr = useTranslator();
  const { helpline, advice, inform } = plan.family;
  return (
    <GuideSection id="family">
      <p>{tr.t('family.intro')}</p>
      {helpline ? (
        <>
          <p>{tr.t('family.helpline', { name: helpline.name })}</p>
          <ServiceItem service={helpline} />
        </>
      ) : (
        <p>{tr.t('family.none')}</p>
      )}
      {advice && (
        <p>
          <ExternalLink href={advice.url}>{tr.t('family.page')}</ExternalLink>
        </p>
      )}
      {inform && <p>{tr.t('family.inform')}</p>}
      {plan.childProtection && (
        <>
          <h3>{tr.t('family.childHeading')}</h3>
          <ServiceItem service={plan.childProtection} headingLevel={4} />
        </>
      )}
      {plan.crisis.length > 0 && (
        <>
          <h3>{tr.t('family.yourselfHeading')}</h3>
          <p>{tr.t('family.yourself')}</p>
          {plan.crisis.map((service) => (
            <ServiceItem key={service.id} service={service} headingLevel={4} />
          ))}
        </>
      )}
    </GuideSection>
  );
}
