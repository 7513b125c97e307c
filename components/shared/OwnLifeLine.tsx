import type { PackPhone } from '@/lib/pack';
import { ownLifeSentence } from '@/lib/sentences';
import { useTranslator } from '@/locales/context';
import { SentenceView } from './SentenceView';

interface Props {
  plan: { ownLife?: PackPhone; ownLifeOr?: PackPhone };
}

/** "If your life is in danger, call 999." Every region has it; elsewhere, the local number. */
export function OwnLifeLine({ plan }: Props) {
  return (
    <p class="own-life">
      <SentenceView sentence={ownLifeSentence(plan, useTranslator())} />
    </p>
  );
}
