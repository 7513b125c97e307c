/**
 * The region and language a page starts with, from what the browser already knows on the
 * device: its language list and its time zone. Nothing is read from or written to storage,
 * so each opening starts from these defaults again.
 */
import type { Region } from '@/data/define';
import { REGION_IDS, REGIONS, type RegionId } from '@/data/directory';
import { LANG_CODES, type Lang } from '@/locales/langs';

export { REGION_IDS, type RegionId };

type Homes = readonly Region[];

/** The region whose home names this zone, exactly or by a prefix ending in "/". */
function regionFromZone(timeZone: string, regions: Homes): string | undefined {
  const named = (zone: string) => (zone.endsWith('/') ? timeZone.startsWith(zone) : timeZone === zone);
  return regions.find((region) => region.zones.some(named))?.id;
}

function regionFromLanguage(language: string, regions: Homes): string | undefined {
  const [primary = '', ...rest] = language.split(/[-_]/);
  const country = rest.find((subtag) => /^[A-Za-z]{2}$/.test(subtag))?.toUpperCase();
  if (country) return regions.find((region) => region.countries.includes(country))?.id ?? 'elsewhere';
  // A language alone says little about the country, except where a region's home says it
  // does (Welsh: the UK). German alone stays unset.
  const alone = primary.toLowerCase();
  return regions.find((region) => region.languages?.includes(alone))?.id;
}

/**
 * The time zone decides when it is a known one; else the first language tag that names a
 * country (or plain Welsh); else "elsewhere".
 */
export function chooseRegion(languages: readonly string[], timeZone: string, regions: Homes = REGIONS): RegionId {
  const fromZone = regionFromZone(timeZone, regions);
  if (fromZone) return fromZone as RegionId;
  for (const language of languages) {
    const fromLanguage = regionFromLanguage(language, regions);
    if (fromLanguage) return fromLanguage as RegionId;
  }
  return 'elsewhere';
}

/** The first language in the browser's list that Signpost speaks; English otherwise. */
export function chooseLanguage(languages: readonly string[]): Lang {
  for (const language of languages) {
    const primary = language.split(/[-_]/)[0]?.toLowerCase();
    const spoken = LANG_CODES.find((code) => code === primary);
    if (spoken) return spoken;
  }
  return 'en';
}

/** What this browser says about itself, read on the device; guarded for odd environments. */
export function browserDefaults(): { region: RegionId; lang: Lang } {
  const languages = typeof navigator !== 'undefined' ? (navigator.languages ?? []) : [];
  let timeZone = '';
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    timeZone = '';
  }
  return { region: chooseRegion(languages, timeZone), lang: chooseLanguage(languages) };
}
