import type { PackService } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { ExternalLink } from './ExternalLink';

interface Props {
  services: readonly PackService<{ about: string }>[];
  /** Shown where Signpost knows no helpline for the region. */
  intro?: boolean;
  headingLevel?: 2 | 3;
}

/** The online programmes, not tied to one country: each name, and its description on a line of its own. */
export function OnlineProgrammes({ services, intro = false, headingLevel = 2 }: Props) {
  const tr = useTranslator();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="online-programmes" aria-labelledby="online-heading">
      <Heading id="online-heading">{tr.t('online.heading')}</Heading>
      {intro && <p>{tr.t('online.elsewhereIntro')}</p>}
      <ul>
        {services.map((service) =>
          service.url ? (
            <li key={service.id}>
              <ExternalLink href={service.url}>{service.name}</ExternalLink>
              <span class="service-about"> {service.words.about}</span>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
