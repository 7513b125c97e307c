import type { Planned } from '@/lib/plan';
import { formatParts } from '@/locales';
import { useTranslator } from '@/locales/context';
import { ExternalLink } from './ExternalLink';
import { PhoneLink } from './PhoneLink';

interface Props {
  service: Planned;
}

/** "Struggling to cope? Samaritans, 116 123, free, any time." or, with no number, a link. */
export function CrisisLine({ service }: Props) {
  const tr = useTranslator();
  const call = service.phones.find((phone) => !phone.text);
  const text = service.phones.find((phone) => phone.text);
  const { helpNow, linkLabel: label } = tr.service(service.id);
  const sentence = helpNow && formatParts(helpNow, {
    name: service.name,
    number: call ? <PhoneLink phone={call} /> : '',
    text: text ? <PhoneLink phone={text} /> : '',
    link: service.url && label ? <ExternalLink href={service.url}>{label}</ExternalLink> : '',
  });
  return sentence ? <p class="crisis-line">{sentence}</p> : null;
}
