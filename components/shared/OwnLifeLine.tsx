import type { RegionPlan } from '@/lib/plan';
import { useTranslator } from '@/locales/context';
import { PhoneLink } from './PhoneLink';

interface Props {
  plan: RegionPlan;
}

/** "If your life is in danger, call 999." Every region has it; elsewhere, the local number. */
export function OwnLifeLine({ plan }: Props) {
  const tr = useTranslator();
  const phone = plan.emergency?.phones[0];
  return (
    <p class="own-life">
      {phone ? tr.parts('helpNow.ownLife', { number: <PhoneLink phone={phone} afterCall /> }) : tr.t('helpNow.ownLifeElsewhere')}
    </p>
  );
}
