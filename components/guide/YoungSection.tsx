import { usualToday } from '@/lib/format-hours';
import type { GuideRegion } from '@/lib/pack';
import { youngSentence } from '@/lib/sentences';
import { useTranslator } from '@/locales/context';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { OpenStatus } from '@/components/shared/OpenStatus';
import { PhoneLink } from '@/components/shared/PhoneLink';
import { SentenceView } from '@/components/shared/SentenceView';
import { GuideSection } from './GuideSection';
import { Schedule } from './Schedule';

interface Props {
  plan: GuideRegion;
}

/** For parents and carers worried about a child's behaviour, and for young people themselves. */
export function YoungSection({ plan }: Props) {
  const tr = useTranslator();
  const { parents, youngPeople } = plan;
  const young = youngPeople && youngSentence(youngPeople, 'youngFull');
  return (
    <GuideSection id="young">
      <p>{tr.t('young.intro')}</p>
      {parents && (
        <p>
          <ExternalLink href={parents.url}>{tr.t('young.parents')}</ExternalLink>{' '}
          <span class="service-about">{parents.words.about}</span>
        </p>
      )}
      {young ? (
        <>
          <p>
            <SentenceView sentence={young} />
          </p>
          {/* A line with weekly hours says them, and whether it is open now. */}
          {youngPeople.hours.kind === 'weekly' && (
            <>
              <Schedule hours={youngPeople.hours} />
              <OpenStatus hours={youngPeople.hours} usualHours={usualToday} />
            </>
          )}
        </>
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
