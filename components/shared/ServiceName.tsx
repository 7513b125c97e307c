import type { Planned } from '@/lib/plan';
import { ExternalLink } from './ExternalLink';

interface Props {
  service: Planned;
}

/** A service's name inside a sentence: a link to its website where it has one. */
export function ServiceName({ service }: Props) {
  return service.url ? <ExternalLink href={service.url}>{service.name}</ExternalLink> : <>{service.name}</>;
}
