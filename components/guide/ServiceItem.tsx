import { costSentence } from '@/lib/cost';
import { usualToday } from '@/lib/format-hours';
import type { GuideService, PackPhone } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { OpenStatus } from '@/components/shared/OpenStatus';
import { NumberOnItsOwn } from '@/components/shared/PhoneLink';
import { Schedule } from './Schedule';

interface Props {
  service: GuideService<{ about?: string; confidentiality?: string; linkLabel?: string }>;
  headingLevel?: 3 | 4;
  /** The link's words, where the section needs its own ("Report to IWF"). */
  linkLabel?: string;
  /** A sentence of the section's own about this service ("You can report anonymously."). */
  note?: string;
}

/**
 * One service in a section of the guide: what it is, what it keeps confidential, how to
 * reach it, when it is open.
 */
export function ServiceItem({ service, headingLevel = 3, linkLabel, note }: Props) {
  const tr = useTranslator();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { words } = service;
  const { about, confidentiality } = words;
  const page = service.url;
  const calls = service.phones.filter((phone) => !phone.text);
  const texts = service.phones.filter((phone) => phone.text);
  const line = (phone: PackPhone) => (
    <p key={phone.href}>
      <NumberOnItsOwn phone={phone} /> {costSentence(phone.cost, tr)}
    </p>
  );
  const label =
    linkLabel ??
    words.linkLabel ??
    tr.t('helpline.website', { name: service.name });
  return (
    <div class="service">
      <Heading>{service.name}</Heading>
      {about && <p>{about}</p>}
      {note && <p class="service-note">{note}</p>}
      {confidentiality && <p>{confidentiality}</p>}
      {calls.map(line)}
      {/* The hours are the phone line's: a text line's are not stated, so it comes after them. */}
      {calls.length > 0 && <OpenStatus hours={service.hours} usualHours={usualToday} />}
      {texts.map(line)}
      {/* OpenStatus already says "Open 24 hours"; only a weekly schedule needs its lines. */}
      {service.hours.kind === 'weekly' && <Schedule hours={service.hours} />}
      {page && (
        <p>
          <ExternalLink href={page}>{label}</ExternalLink>
        </p>
      )}
    </div>
  );
}
