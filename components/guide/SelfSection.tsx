import { usualToday } from '@/lib/format-hours';
import type { GuideRegion } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { Helpline } from '@/components/shared/Helpline';
import { OnlineProgrammes } from '@/components/shared/OnlineProgrammes';
import { PhoneLink } from '@/components/shared/PhoneLink';
import { GuideSection } from './GuideSection';
import { Schedule } from './Schedule';
import { ServiceItem } from './ServiceItem';

interface Props {
  plan: GuideRegion;
}

/** For the person worried about their own sexual thoughts or behaviour. */
export function SelfSection({ plan }: Props) {
  const tr = useTranslator();
  const { helpline } = plan;
  const words = helpline?.words ?? {};
  const passesOn = words.passesOnFull ?? words.passesOnShort;
  const { whenYouCall } = words;
  const selfHelp = [plan.selfHelp, plan.questions].flatMap((service) => service ?? []);
  return (
    <GuideSection id="self">
      <p>{tr.t('self.intro')}</p>
      {helpline ? (
        <>
          {/* "Without giving your name" only where the sheet says so of this helpline. */}
          <p>{words.talk ?? tr.t(helpline.anonymous ? 'self.talk' : 'self.talkPlain')}</p>
          <Helpline service={helpline} headingLevel={3} showPassesOn={false} usualHours={usualToday}>
            {/* The status already says "Open 24 hours"; only a weekly schedule needs its lines. */}
            {helpline.hours.kind === 'weekly' && <Schedule hours={helpline.hours} />}
          </Helpline>
          {whenYouCall && (
            <>
              <h3>{tr.t('self.callHeading')}</h3>
              <p>{whenYouCall}</p>
            </>
          )}
          <h3>{tr.t('self.confidentialHeading')}</h3>
          <p>{passesOn ?? tr.t('self.confidentialUnknown')}</p>
        </>
      ) : (
        <p>{tr.t('self.noHelpline')}</p>
      )}
      {plan.treatment && (
        <>
          <h3>{tr.t('self.treatmentHeading')}</h3>
          {plan.treatment.map((service) => (
            <ServiceItem key={service.id} service={service} headingLevel={4} />
          ))}
        </>
      )}
      {plan.regional.length > 0 && (
        <>
          <h3>{tr.t('self.regionalHeading')}</h3>
          <ul class="regional-services">
            {plan.regional.map((service) => {
              const phone = service.phones[0];
              return (
                <li key={service.id}>
                  {tr.parts('self.regionalService', {
                    name: service.url ? <ExternalLink href={service.url}>{service.name}</ExternalLink> : service.name,
                    number: phone ? <PhoneLink phone={phone} /> : '',
                    about: service.words.about,
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {selfHelp.length > 0 && (
        <>
          <h3>{tr.t('self.selfHelpHeading')}</h3>
          <ul>
            {selfHelp.map((service) => (
              <li key={service.id}>
                <ExternalLink href={service.url}>{service.words.about}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <OnlineProgrammes services={plan.online} headingLevel={3} />
    </GuideSection>
  );
}
