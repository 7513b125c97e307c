import type { RegionPlan } from '@/lib/plan';
import { useTranslator } from '@/locales/context';
import { PhoneLink } from '@/components/shared/PhoneLink';

interface Props {
  plan: RegionPlan;
}

/** Always on screen in the popup: a crisis line and what to do when a child is in danger now. */
export function HelpNow({ plan }: Props) {
  const tr = useTranslator();
  const emergencyPhone = plan.emergency?.phones[0];
  return (
    <section class="crisis" aria-labelledby="help-now-heading">
      {/* The box speaks for itself; the heading stays for screen readers. */}
      <h2 id="help-now-heading" class="visually-hidden">
        {tr.t('helpNow.heading')}
      </h2>
      {plan.crisis.map((service) => {
        const [call, text] = service.phones;
        const sentence =
          call &&
          tr.maybeParts(`helpNow.${service.id}`, {
            name: service.name,
            number: <PhoneLink phone={call} />,
            text: text ? <PhoneLink phone={text} /> : '',
          });
        return sentence ? <p key={service.id}>{sentence}</p> : null;
      })}
      <p class="crisis-danger">
        {emergencyPhone
          ? tr.parts('helpNow.danger', { number: <PhoneLink phone={emergencyPhone} /> })
          : tr.t('helpNow.dangerElsewhere')}
      </p>
    </section>
  );
}
