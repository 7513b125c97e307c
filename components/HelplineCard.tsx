import { phonesFor } from '../data/directory';
import type { RegionId, Service } from '../data/types';
import { hoursSummary } from '../lib/format-hours';
import { useTranslator } from '../locales/context';
import { CopyNumberButton } from './CopyNumberButton';
import { ExternalLink } from './ExternalLink';
import { OpenStatus } from './OpenStatus';
import { PassesOnNote } from './PassesOnNote';
import { PhoneLink } from './PhoneLink';

interface Props {
  service: Service;
  region: RegionId;
  now: Date;
  userTimeZone: string;
  /** The popup keeps to one short paragraph; the guide also shows the weekly hours. */
  showSchedule?: boolean;
  headingLevel?: 2 | 3;
}

/** The region's main helpline: the number to call first, what it costs and whether it is open. */
export function HelplineCard({ service, region, now, userTimeZone, showSchedule = true, headingLevel = 2 }: Props) {
  const tr = useTranslator();
  const phones = phonesFor(service, region);
  const [first] = phones;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `helpline-${service.id}`;
  const confidential = tr.maybe(`service.${service.id}.confidential`);
  const languages = tr.maybe(`service.${service.id}.languages`);
  const linkLabel =
    tr.maybe(`service.${service.id}.linkLabel`) ?? tr.t('helpline.website', { name: service.name });

  return (
    <section class="helpline-card" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {first ? tr.t('helpline.heading', { name: service.name }) : service.name}
      </Heading>
      {!first && <p>{tr.maybe(`service.${service.id}.about`)}</p>}
      {phones.map((phone, index) => (
        <div class="phone-row" key={phone.e164}>
          <PhoneLink phone={phone} large={index === 0} />
          <p class="phone-cost">
            {tr.t(`cost.${phone.cost}`)}
            {index === 0 && confidential ? ` ${confidential}` : ''}
          </p>
        </div>
      ))}
      {first && <CopyNumberButton phone={first} />}
      <OpenStatus hours={service.hours} now={now} userTimeZone={userTimeZone} />
      {showSchedule &&
        service.hours.kind === 'weekly' &&
        hoursSummary(service.hours, tr).map((line) => (
          <p class="schedule" key={line}>
            {line}
          </p>
        ))}
      {service.url && (
        <p>
          <ExternalLink href={service.url}>{linkLabel}</ExternalLink>
        </p>
      )}
      {languages && <p>{languages}</p>}
      <PassesOnNote service={service} />
    </section>
  );
}
