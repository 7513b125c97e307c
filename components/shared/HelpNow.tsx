import type { PopupRegion } from '@/lib/pack';
import { childInDangerSentence, ownLifeSentence } from '@/lib/sentences';
import { useTranslator } from '@/locales/context';
import { CrisisLine } from './CrisisLine';
import { SentenceView } from './SentenceView';

interface Props {
  plan: Pick<PopupRegion, 'crisis' | 'ownLife' | 'ownLifeOr' | 'childInDanger' | 'childInDangerOr'>;
  /** The popup's box speaks for itself, so its heading is for screen readers only. */
  hideHeading?: boolean;
}

/**
 * Always on screen, in every region: a crisis line, a line for the person's own life, and
 * what to do when a child is in danger now.
 */
export function HelpNow({ plan, hideHeading = false }: Props) {
  const tr = useTranslator();
  return (
    <section class="crisis" aria-labelledby="help-now-heading">
      <h2 id="help-now-heading" class={hideHeading ? 'visually-hidden' : undefined}>
        {tr.t('helpNow.heading')}
      </h2>
      {plan.crisis.map((service, position) => (
        <CrisisLine key={service.id} service={service} position={position} />
      ))}
      {/* Two sentences, one paragraph: the second starts where the first ends, not on a line of its own. */}
      <p class="danger-now">
        <span class="own-life">
          <SentenceView sentence={ownLifeSentence(plan, tr)} />
        </span>{' '}
        <span class="child-in-danger">
          <SentenceView sentence={childInDangerSentence(plan, tr)} />
        </span>
      </p>
    </section>
  );
}
