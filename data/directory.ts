/**
 * The help directory: every region's home, and the online programmes open to anyone.
 * Everything else about regions is derived from this list: their ids (in the order the
 * picker shows them), the time zones and countries that mean each, the calling codes.
 *
 * Facts come only from ../shared/facts/help-directory.md (or a newer official page, cited
 * the same way). Nothing marked "do not ship" there is here. Each source names the page
 * that states it and the date it was checked; tests/unit/data/directory.test.ts fails when
 * a check is more than 12 months old. What each service keeps confidential, passes on and
 * costs is worded in the locale modules.
 */
import { ONLINE } from './online';
import at from './regions/at';
import au from './regions/au';
import be from './regions/be';
import ca from './regions/ca';
import ch from './regions/ch';
import de from './regions/de';
import elsewhere from './regions/elsewhere';
import fr from './regions/fr';
import ie from './regions/ie';
import nl from './regions/nl';
import no from './regions/no';
import nz from './regions/nz';
import uk from './regions/uk';
import us from './regions/us';
import type { Service } from './types';

/** Every region, in the order the region picker lists them; "elsewhere" last. */
export const REGIONS = [uk, ie, us, ca, au, de, at, ch, nl, be, fr, no, nz, elsewhere] as const;

/** Where a person is looking for help. "elsewhere" gets the online programmes open to anyone. */
export type RegionId = (typeof REGIONS)[number]['id'];
export const REGION_IDS: readonly RegionId[] = REGIONS.map((region) => region.id);

export type ServiceId = (typeof REGIONS)[number]['services'][number]['id'] | (typeof ONLINE)[number]['id'];

export const SERVICES: readonly Service[] = [
  ...REGIONS.flatMap((region): readonly Service[] => region.services),
  ...ONLINE,
];

export function getService(id: ServiceId): Service {
  const service = SERVICES.find((candidate) => candidate.id === id);
  if (!service) throw new Error(`No service with id ${id}`);
  return service;
}
