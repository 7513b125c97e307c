import type { RegionPlan } from '@/lib/plan';
import { useTranslator } from '@/locales/context';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { PhoneLink } from '@/components/shared/PhoneLink';
import { ServiceName } from '@/components/shared/ServiceName';

interface Props {
  plan: RegionPlan;
}

/** Short routes after the helpline: self-help, someone else, under 19s. */
export function MoreHelp({ plan }: Props) {
  const tr = useTranslator();
  const { selfHelp, youngPeople } = plan;
  const forFamily = plan.family.advice;
  const youngPhone = youngPeople?.phones[0];
  // No heading over an empty list: some places have none of these routes.
  if (!selfHelp?.url && !forFamily?.url && !(youngPeople && youngPhone)) return null;
  return (
    <section class="more-help" aria-labelledby="more-help-heading">
      {/* The links speak for themselves; the heading is for screen readers. */}
      <h2 id="more-help-heading" class="visually-hidden">
        {tr.t('moreHelp.heading')}
      </h2>
      <ul>
        {selfHelp?.url && (
          <li>
            <ExternalLink href={selfHelp.url}>{tr.t('moreHelp.selfHelp')}</ExternalLink>
          </li>
        )}
        {forFamily?.url && (
          <li>
            <ExternalLink href={forFamily.url}>{tr.t('moreHelp.someoneElse')}</ExternalLink>
          </li>
        )}
        {youngPeople && youngPhone && (
          <li>
            {tr.parts('moreHelp.youngPerson', {
              name: <ServiceName service={youngPeople} />,
              number: <PhoneLink phone={youngPhone} />,
            })}
          </li>
        )}
      </ul>
    </section>
  );
}
