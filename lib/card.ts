/**
 * The counsellor's card: the same content printed (with a QR code) and copied as plain
 * text, built once here so the two never disagree.
 */
import { format, type Translator } from '@/locales';
import { costSentence } from './cost';
import { hoursSummary } from './format-hours';
import type { GuideRegion } from './pack';
import { childInDangerSentence, crisisSentence, firstNumberLine, ownLifeSentence, type Sentence } from './sentences';

export interface CardContent {
  title: string;
  /** The first place to turn: "Stop It Now! helpline: 0808 1000 900". */
  heading: string;
  lines: string[];
  /** The page the QR code opens. */
  qrUrl: string;
}

/** A sentence as plain text: a number as it is written, a link as "label: address". */
export function plainText(sentence: Sentence, tr: Translator): string {
  const text: Record<string, string> = {};
  for (const [name, part] of Object.entries(sentence.parts)) {
    if (typeof part === 'string') text[name] = part;
    else if ('phone' in part) text[name] = part.phone.display;
    else text[name] = tr.t('card.link', { label: part.label, url: part.href });
  }
  return format(sentence.template, text);
}

/** The card's "help now" lines: the popup's sentences, in plain text. */
function crisisSentences(plan: GuideRegion, tr: Translator): string[] {
  const crisis = plan.crisis.map((service, position) => crisisSentence(service, position));
  return [...crisis, ownLifeSentence(plan, tr), childInDangerSentence(plan, tr)].map((sentence) => plainText(sentence, tr));
}

export function cardContent(plan: GuideRegion, tr: Translator): CardContent {
  const primary = plan.helpline;
  const lines: string[] = [];
  let heading: string;

  if (primary) {
    const [first, ...others] = primary.phones;
    heading = first ? tr.t('card.helpline', { name: primary.name, number: first.display }) : primary.name;
    lines.push(first ? firstNumberLine(primary, tr) : (primary.words.about ?? ''));
    for (const phone of others) {
      const cost = costSentence(phone.cost, tr);
      // A text line says so: its digits alone read like a number to call.
      const number = phone.text ? tr.t('helpline.text', { number: phone.display }) : phone.display;
      lines.push(cost ? tr.t('card.number', { number, cost }) : number);
    }
    lines.push(...hoursSummary(primary.hours, tr));
    if (primary.hours.kind === 'weekly') lines.push(tr.t('hours.holidays'));
    if (primary.words.passesOnShort) lines.push(primary.words.passesOnShort);
    if (primary.url) {
      const label = primary.words.linkLabel ?? tr.t('card.website');
      lines.push(tr.t('card.link', { label, url: primary.url }));
    }
    if (plan.selfHelp) lines.push(tr.t('card.link', { label: tr.t('card.selfHelp'), url: plan.selfHelp.url }));
  } else {
    heading = tr.t('online.heading');
    for (const service of plan.online) lines.push(tr.t('card.link', { label: service.name, url: service.url }));
  }
  lines.push(...crisisSentences(plan, tr));
  return { title: tr.t('card.title'), heading, lines: lines.filter((line) => line !== ''), qrUrl: plan.cardPage ?? '' };
}

export function cardText(card: CardContent): string {
  return [card.title, '', card.heading, ...card.lines].join('\n');
}
