import type { CrisisLine as Line } from '@/lib/pack';
import { crisisSentence } from '@/lib/sentences';
import { SentenceView } from './SentenceView';

interface Props {
  service: Line;
  /** Its place among the region's crisis lines: a line after another may begin "Or …". */
  position: number;
}

/** "Struggling to cope? Samaritans, 116 123, free, any time." or, with no number, a link. */
export function CrisisLine({ service, position }: Props) {
  return (
    <p class="crisis-line">
      <SentenceView sentence={crisisSentence(service, position)} />
    </p>
  );
}
