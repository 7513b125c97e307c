/**
 * Which services a region's pages lead with. Pure, so each region's choice is tested in a
 * table; the order inside each list is the directory's order.
 */
import { localServicesFor, SERVICES } from '../data/directory';
import type { RegionId, Service } from '../data/types';

export interface RegionHelp {
  /** The helpline shown first; none where the directory knows none ("elsewhere"). */
  primary?: Service;
  /** Free self-help for the person themselves: the region's own, else the online programmes. */
  selfHelp: Service[];
  /** The first place for family and friends; may be the primary helpline itself. */
  someoneElse?: Service;
  /** A helpline for under-18s, where one is verified. */
  youngPerson?: Service;
  crisis: Service[];
  emergency: Service[];
  /** The online programmes open to anyone, anywhere. */
  online: Service[];
}

const ONLINE: Service[] = SERVICES.filter((service: Service) => service.regions === 'anywhere');

export function regionHelp(region: RegionId): RegionHelp {
  const local = localServicesFor(region);
  const primary = local.find(
    (service) => service.kind === 'helpline' && service.audiences.includes('self'),
  );
  const localSelfHelp = local.filter(
    (service) => service.kind === 'self-help' && service.audiences[0] === 'self',
  );
  const someoneElse =
    local.find(
      (service) => service.kind === 'self-help' && service.audiences[0] === 'someone-else',
    ) ?? (primary?.audiences.includes('someone-else') ? primary : undefined);
  const youngPerson = local.find(
    (service) =>
      service.kind === 'helpline' &&
      service !== primary &&
      service.audiences[0] === 'young-person',
  );
  return {
    ...(primary ? { primary } : {}),
    selfHelp: localSelfHelp.length > 0 ? localSelfHelp : ONLINE,
    ...(someoneElse ? { someoneElse } : {}),
    ...(youngPerson ? { youngPerson } : {}),
    crisis: local.filter((service) => service.kind === 'crisis'),
    emergency: local.filter((service) => service.kind === 'emergency'),
    online: ONLINE,
  };
}
