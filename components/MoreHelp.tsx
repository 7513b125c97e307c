import type { RegionHelp } from '../lib/region-help';
import { useTranslator } from '../locales/context';
import { ExternalLink } from './ExternalLink';
import { PhoneLink } from './PhoneLink';
import { ServiceName } from './ServiceName';

interface Props {
  help: RegionHelp;
  /** In the popup the heading is for screen readers only: the links speak for themselves. */
  hideHeading?: boolean;
}

/** Short routes after the helpline: self-help, someone else, under 18s. */
export function MoreHelp({ help, hideHeading = false }: Props) {
  const tr = useTranslator();
  const [selfHelp] = help.selfHelp;
  const { someoneElse, youngPerson } = help;
  const youngPhone = youngPerson?.phones[0];
  return (
    <section class="more-help" aria-labelledby="more-help-heading">
      <h2 id="more-help-heading" class={hideHeading ? 'visually-hidden' : undefined}>
        {tr.t('routes.heading')}
      </h2>
      <ul>
        {selfHelp?.url && (
          <li>
            <ExternalLink href={selfHelp.url}>{tr.t('routes.selfHelp')}</ExternalLink>
          </li>
        )}
        {someoneElse?.url && (
          <li>
            <ExternalLink href={someoneElse.url}>{tr.t('routes.someoneElse')}</ExternalLink>
          </li>
        )}
        {youngPerson && youngPhone && (
          <li>
            {tr.parts('routes.youngPerson', {
              name: <ServiceName service={youngPerson} />,
              number: <PhoneLink phone={youngPhone} />,
            })}
          </li>
        )}
      </ul>
    </section>
  );
}
