import type { ComponentChildren } from 'preact';
import { costSentence } from '@/lib/cost';
import type { usualToday } from '@/lib/format-hours';
import type { PopupHelpline } from '@/lib/pack';
import { firstNumberLine } from '@/lib/sentences';
import { useTranslator } from '@/locales/context';
import { CopyNumberButton } from './CopyNumberButton';
import { ExternalLink } from './ExternalLink';
import { OpenStatus } from './OpenStatus';
import { PassesOnNote } from './PassesOnNote';
import { NumberOnItsOwn, PhoneLink } from './PhoneLink';

interface Props {
  /** The region's helpline, its numbers already in the region's order. */
  service: PopupHelpline;
  /** Shown under the open-now status: the guide puts the weekly hours here. */
  children?: ComponentChildren;
  headingLevel?: 2 | 3;
  /** The guide gives what is passed on a heading of its own. */
  showPassesOn?: boolean;
  /** The guide's long status (OpenStatus); the popup's is short. */
  usualHours?: typeof usualToday;
}

/** A helpline: the number to call first, what it costs, whether it is open, what it passes on. */
export function Helpline({ service, children, headingLevel = 2, showPassesOn = true, usualHours }: Props) {
  const tr = useTranslator();
  const [first, ...others] = service.phones;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `helpline-${service.id}`;
  const { words } = service;
  const { languages } = words;
  const firstLine = first && firstNumberLine(service, tr);
  const linkLabel =
    words.linkLabel ?? tr.t('helpline.website', { name: service.name });

  return (
    <section class="helpline" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {first ? tr.t('helpline.heading', { name: service.name }) : service.name}
      </Heading>
      {first ? (
        <>
          <div class="phone-main">
            <PhoneLink phone={first} large />
            <CopyNumberButton phone={first} />
          </div>
          {firstLine && <p class="phone-cost">{firstLine}</p>}
        </>
      ) : (
        <p>{words.about}</p>
      )}
      {others.map((phone) => (
        <p class="phone-other" key={phone.href}>
          <NumberOnItsOwn phone={phone} /> {costSentence(phone.cost, tr)}
        </p>
      ))}
      <OpenStatus hours={service.hours} usualHours={usualHours} />
      {children}
      {(service.url || languages) && (
        <p>
          {service.url && <ExternalLink href={service.url}>{linkLabel}</ExternalLink>}
          {service.url && languages && ' '}
          {languages}
        </p>
      )}
      {showPassesOn && <PassesOnNote service={service} />}
    </section>
  );
}
