import type { RegionHelp } from '../lib/region-help';
import { useTranslator } from '../locales/context';
import { PhoneLink } from './PhoneLink';

interface Props {
  help: RegionHelp;
  headingLevel?: 2 | 3;
  /** In the popup the box speaks for itself; the heading stays for screen readers. */
  hideHeading?: boolean;
}

/** Always on screen: a crisis line and what to do when a child is in danger now. */
export function CrisisHelp({ help, headingLevel = 2, hideHeading = false }: Props) {
  const tr = useTranslator();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [emergency] = help.emergency;
  const emergencyPhone = emergency?.phones[0];
  return (
    <section class="crisis" aria-labelledby="crisis-heading">
      <Heading id="crisis-heading" class={hideHeading ? 'visually-hidden' : undefined}>
        {tr.t('crisis.heading')}
      </Heading>
      {help.crisis.map((service) => {
        const [call, text] = service.phones;
        const sentence =
          call &&
          tr.maybeParts(`crisis.${service.id}`, {
            name: service.name,
            number: <PhoneLink phone={call} />,
            text: text ? <PhoneLink phone={text} /> : '',
          });
        return sentence ? <p key={service.id}>{sentence}</p> : null;
      })}
      <p class="crisis-danger">
        {emergencyPhone
          ? tr.parts('crisis.danger', { number: <PhoneLink phone={emergencyPhone} /> })
          : tr.t('crisis.dangerElsewhere')}
      </p>
    </section>
  );
}
