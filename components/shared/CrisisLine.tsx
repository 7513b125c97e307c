import type { Planned } from '@/lib/plan';
import { crisisSentence } from '@/lib/sentences';
import { useTranslator } from '@/locales/context';
import { SentenceView } from './SentenceView';

interface Props {
  service: Planned;
}

/** "Struggling to cope? Samaritans, 116 123, free, any time." or, with no number, a link. */
export function CrisisLine({ service }: Props) {
  const sentence = crisisSentence(service, useTranslator());
  return sentence ? (
    <p class="crisis-line">
      <SentenceView sentence={sentence} />
    </p>
  ) : null;
}
