/**
 * The counsellor's card: the same content printed (with a QR code) and copied as plain
 * text, built once here so the two never disagree.
 */
import { format, type Translator } from '@/locales';
import { costSentence } from './cost';
import { hoursSummary } from './format-hours';
import type { RegionPlan } from './plan';

export interface CardContent {
  title: string;
  /** The first place to turn: "Stop It Now! helpline: 0808 1000 900". */
  heading: string;
  lines: string[];
  /** The page the QR code opens. */
  qrUrl: string;
}

/** The card's "help now" lines: as in the popup, in plain text. */
function crisisSentences(plan: RegionPlan, tr: Translator): string[] {
  const sentences = plan.crisis.flatMap((service) => {
    const call = service.phones.find((phone) => !phone.text);
    const text = service.phones.find((phone) => phone.text);
    const { helpNow, linkLabel: label } = tr.service(service.id);
    const sentence = helpNow && format(helpNow, {
      name: service.name,
      number: call?.display ?? '',
      text: text?.display ?? '',
      link: label && service.url ? tr.t('card.link', { label, url: service.url }) : '',
    });
    return sentence ? [sentence] : [];
  });
  const ownLife = plan.emergency?.phones[0];
  sentences.push(ownLife ? tr.t('helpNow.ownLife', { number: ownLife.display }) : tr.t('helpNow.ownLifeElsewhere'));
  sentences.push(
    plan.childInDanger ? tr.t('helpNow.danger', { number: plan.childInDanger.display }) : tr.t('helpNow.dangerElsewhere'),
  );
  return sentences;
}

export function cardContent(plan: RegionPlan, tr: Translator): CardContent {
  const primary = plan.helpline;
  const lines: string[] = [];
  let heading: string;
  let qrUrl: string;

  if (primary) {
    const [first, ...others] = primary.phones;
    heading = first ? tr.t('card.helpline', { name: primary.name, number: first.display }) : primary.name;
    if (first) {
      const { confidential } = tr.service(primary.id);
      lines.push([costSentence(first.cost, tr), confidential].filter(Boolean).join(' '));
    } else {
      lines.push(tr.service(primary.id).about ?? '');
    }
    for (const phone of others) {
      const cost = costSentence(phone.cost, tr);
      lines.push(cost ? tr.t('card.number', { number: phone.display, cost }) : phone.display);
    }
    const hours = hoursSummary(primary.hours, tr);
    lines.push(...hours);
    if (primary.hours.kind === 'weekly') lines.push(tr.t('hours.holidays'));
    const passesOn = tr.service(primary.id).passesOnShort;
    if (passesOn) lines.push(passesOn);
    qrUrl = primary.url ?? plan.online[0]?.url ?? '';
    if (primary.url) {
      const label = tr.service(primary.id).linkLabel ?? tr.t('card.website');
      lines.push(tr.t('card.link', { label, url: primary.url }));
    }
    if (plan.selfHelp?.url) lines.push(tr.t('card.link', { label: tr.t('card.selfHelp'), url: plan.selfHelp.url }));
  } else {
    heading = tr.t('online.heading');
    for (const service of plan.online) {
      if (service.url) lines.push(tr.t('card.link', { label: service.name, url: service.url }));
    }
    qrUrl = plan.online[0]?.url ?? '';
  }
  lines.push(...crisisSentences(plan, tr));
  return { title: tr.t('card.title'), heading, lines: lines.filter((line) => line !== ''), qrUrl };
}

export function cardText(card: CardContent): string {
  return [card.title, '', card.heading, ...card.lines].join('\n');
}
