import type { Cost } from '@/data/types';
import type { Translator } from '@/locales';

/** What a call costs, in words; nothing at all where the fact sheet does not say. */
export function costSentence(cost: Cost, tr: Translator): string | undefined {
  return cost === 'unstated' ? undefined : tr.t(`cost.${cost}`);
}
