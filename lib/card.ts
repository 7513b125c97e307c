/**
 * The counsellor's card: the same content printed (with a QR code) and copied as plain
 * text, built once here so the two never disagree.
 */
import { phonesFor } from '../data/directory';
import type { RegionId } from '../data/types';
import type { Translator } from '../locales';
import { costSentence } from './cost';
import { hoursSummary } from './format-hours';
import { regionHelp } from './region-help';

export interface CardContent {
  title: string;
  /** The first place to turn: "Stop It Now! helpline: 0808 1000 900". */
  heading: string;
  lines: string[];
  /** The page the QR code opens. */
  qrUrl: string;
}

function crisisSentences(region: RegionId, tr: Translator): string[] {
  const help = regionHelp(region);
  const sentences = help.crisis.flatMap((service) => {
    const [call, text] = service.phones;
    if (!call) return [];
    const sentence = tr.maybe(`crisis.${service.id}`, {
      name: service.name,
      number: call.display,
      text: text?.display ?? '',
    });
    return sentence ? [sentence] : [];
  });
  const emergency = help.emergency[0]?.phones[0];
  sentences.push(
    emergency ? tr.t('crisis.danger', { number: emergency.display }) : tr.t('crisis.dangerElsewhere'),
  );
  return sentences;
}

export function cardContent(region: RegionId, tr: Translator): CardContent {
  const help = regionHelp(region);
  const primary = help.primary;
  const lines: string[] = [];
  let heading: string;
  let qrUrl: string;

  if (primary) {
    const phones = phonesFor(primary, region);
    const [first, ...others] = phones;
    heading = first
      ? `${tr.t('helpline.heading', { name: primary.name })}: ${first.display}`
      : primary.name;
    if (first) {
      const confidential = tr.maybe(`service.${primary.id}.confidential`);
      lines.push([costSentence(first.cost, tr), confidential].filter(Boolean).join(' '));
    } else {
      lines.push(tr.maybe(`service.${primary.id}.about`) ?? '');
    }
    for (const phone of others) {
      const cost = costSentence(phone.cost, tr);
      lines.push(cost ? `${phone.display}: ${cost}` : phone.display);
    }
    const hours = hoursSummary(primary.hours, tr);
    lines.push(...hours);
    if (primary.hours.kind === 'weekly') lines.push(tr.t('hours.holidays'));
    const passesOn = tr.maybe(`service.${primary.id}.passesOnShort`);
    if (passesOn) lines.push(passesOn);
    qrUrl = primary.url ?? help.online[0]?.url ?? '';
    if (primary.url) {
      const label = tr.maybe(`service.${primary.id}.linkLabel`) ? 'card.line' : 'card.website';
      lines.push(tr.t(label, { url: primary.url }));
    }
    const selfHelp = help.selfHelp.find((service) => service.url && service !== primary);
    if (selfHelp?.url) lines.push(tr.t('card.selfHelp', { url: selfHelp.url }));
  } else {
    heading = tr.t('routes.onlineHeading');
    for (const service of help.online) {
      if (service.url) lines.push(`${service.name}: ${service.url}`);
    }
    qrUrl = help.online[0]?.url ?? '';
  }
  lines.push(...crisisSentences(region, tr));
  return { title: tr.t('card.title'), heading, lines: lines.filter((line) => line !== ''), qrUrl };
}

export function cardText(card: CardContent): string {
  return [card.title, '', card.heading, ...card.lines].join('\n');
}
