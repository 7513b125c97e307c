/**
 * One model of the sentences the popup, the guide and the counsellor's card all say: the
 * pages render a sentence's parts as links (components/shared/SentenceView.tsx), the card
 * as plain text (lib/card.ts), so the three never word the same help twice.
 */
import type { Translator } from '@/locales';
import { costSentence } from './cost';
import type { CrisisLine, PackPhone, PackService } from './pack';

/** What fills a {placeholder}: words, a number to dial, or a link. */
export type Part = string | { phone: PackPhone; afterCall?: boolean } | { href: string; label: string };

export interface Sentence {
  /** The sentence in the reader's language, with its {placeholders}. */
  template: string;
  parts: Readonly<Record<string, Part>>;
}

/**
 * "Struggling to cope? Samaritans, 116 123, free, any time." {number} is the first number
 * to call, {otherNumber} the second where there is one (each with its own cost: "113, or
 * 0800-0113 for free"), {text} the text line, {link} its website with its link's words. A
 * line after another says so where it has its own words for that ("Or call …").
 */
export function crisisSentence(service: CrisisLine, position = 0): Sentence {
  const { helpNow, helpNowOr, linkLabel } = service.words;
  const [call, otherCall] = service.phones.filter((phone) => !phone.text);
  const text = service.phones.find((phone) => phone.text);
  return {
    template: position > 0 && helpNowOr ? helpNowOr : helpNow,
    parts: {
      name: service.name,
      number: call ? { phone: call } : '',
      otherNumber: otherCall ? { phone: otherCall } : '',
      text: text ? { phone: text } : '',
      link: service.url && linkLabel ? { href: service.url, label: linkLabel } : '',
    },
  };
}

/**
 * A young people's line in its own words ("Under 19? Childline: 0800 1111, any time"), as
 * the popup lists it (young) or the guide says it (youngFull). None where it has no number.
 */
export function youngSentence<F extends 'young' | 'youngFull'>(
  service: PackService<Record<F, string>>,
  form: F,
): Sentence | undefined {
  const phone = service.phones[0];
  if (!phone) return undefined;
  // The name links to the line's website, where it has one.
  const name = service.url ? { href: service.url, label: service.name } : service.name;
  return { template: service.words[form], parts: { name, number: { phone } } };
}

/** A number to call, and a second one where there is one ("call 144 (or 112)"): both after "call". */
const numbers = (phone: PackPhone, other: PackPhone | undefined): Sentence['parts'] => ({
  number: { phone, afterCall: true },
  ...(other ? { otherNumber: { phone: other, afterCall: true } } : {}),
});

/** "If your life is in danger, call 999." Every region has it; elsewhere, the local number. */
export function ownLifeSentence(plan: { ownLife?: PackPhone; ownLifeOr?: PackPhone }, tr: Translator): Sentence {
  const { ownLife: phone, ownLifeOr: other } = plan;
  return phone
    ? { template: tr.template(other ? 'helpNow.ownLifeOr' : 'helpNow.ownLife'), parts: numbers(phone, other) }
    : { template: tr.t('helpNow.ownLifeElsewhere'), parts: {} };
}

/** "A child in danger now: call 999." */
export function childInDangerSentence(plan: { childInDanger?: PackPhone; childInDangerOr?: PackPhone }, tr: Translator): Sentence {
  const { childInDanger: phone, childInDangerOr: other } = plan;
  return phone
    ? { template: tr.template(other ? 'helpNow.dangerOr' : 'helpNow.danger'), parts: numbers(phone, other) }
    : { template: tr.t('helpNow.dangerElsewhere'), parts: {} };
}

/** The guide's crisis section: "If a child is in danger now, call 110." */
export function crisisDangerSentence(plan: { childInDanger?: PackPhone; childInDangerOr?: PackPhone }, tr: Translator): Sentence {
  const { childInDanger: phone, childInDangerOr: other } = plan;
  return phone
    ? { template: tr.template(other ? 'crisis.dangerOr' : 'crisis.danger'), parts: numbers(phone, other) }
    : { template: tr.t('crisis.dangerElsewhere'), parts: {} };
}

/** The first line under a helpline's number: "Free from UK phones. Confidential: …". */
export function firstNumberLine(service: PackService<{ confidential?: string }>, tr: Translator): string {
  const first = service.phones[0];
  return [first && costSentence(first.cost, tr), service.words.confidential].filter(Boolean).join(' ');
}
