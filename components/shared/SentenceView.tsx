import type { Sentence } from '@/lib/sentences';
import { formatParts } from '@/locales';
import { ExternalLink } from './ExternalLink';
import { PhoneLink } from './PhoneLink';

interface Props {
  sentence: Sentence;
}

/** A sentence with its numbers and links as links (the card prints the same as text). */
export function SentenceView({ sentence }: Props) {
  const parts = Object.fromEntries(
    Object.entries(sentence.parts).map(([name, part]) => [
      name,
      typeof part === 'string' ? part : 'phone' in part ? <PhoneLink phone={part.phone} afterCall={part.afterCall} /> : <ExternalLink href={part.href}>{part.label}</ExternalLink>,
    ]),
  );
  return <>{formatParts(sentence.template, parts)}</>;
}
