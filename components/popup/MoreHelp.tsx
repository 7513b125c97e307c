import type { PopupRegion } from '@/lib/pack';
import { youngSentence } from '@/lib/sentences';
import { useTranslator } from '@/locales/context';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { OpenStatus } from '@/components/shared/OpenStatus';
import { SentenceView } from '@/components/shared/SentenceView';

interface Props {
  plan: PopupRegion;
}

/** Short routes after the helpline: self-help, someone else, under 19s. */
export function MoreHelp({ plan }: Props) {
  const tr = useTranslator();
  const { selfHelp, familyAdvice, youngPeople } = plan;
  const young = youngPeople && youngSentence(youngPeople, 'young');
  // No heading over an empty list: some places have none of these routes.
  if (!selfHelp && !familyAdvice && !young) return null;
  return (
    <section class="more-help" aria-labelledby="more-help-heading">
      {/* The links speak for themselves; the heading is for screen readers. */}
      <h2 id="more-help-heading" class="visually-hidden">
        {tr.t('moreHelp.heading')}
      </h2>
      <ul>
        {selfHelp && (
          <li>
            <ExternalLink href={selfHelp.url}>{tr.t('moreHelp.selfHelp')}</ExternalLink>
          </li>
        )}
        {familyAdvice && (
          <li>
            <ExternalLink href={familyAdvice.url}>{tr.t('moreHelp.someoneElse')}</ExternalLink>
          </li>
        )}
        {young && (
          <li class="young-line">
            <SentenceView sentence={young} />
            {youngPeople.hours && <OpenStatus hours={youngPeople.hours} />}
          </li>
        )}
      </ul>
    </section>
  );
}
