/**
 * The region and language a page starts with, from what the browser already knows on the
 * device: its language list and its time zone. Nothing is read from or written to storage,
 * so each opening starts from these defaults again.
 */
import { REGION_IDS, type RegionId } from '@/data/types';
import { LANG_CODES, type Lang } from '@/locales/langs';

export { REGION_IDS, type RegionId };

const ZONE_REGIONS: Record<string, RegionId> = {
  'Europe/London': 'uk',
  'Europe/Belfast': 'uk',
  'Europe/Dublin': 'ie',
  'Europe/Berlin': 'de',
  'Europe/Busingen': 'de',
  'Pacific/Honolulu': 'us',
};

// US zones that are not under America/ (Hawaii is listed above). America/ itself holds
// Canada, Mexico and South America too, so only US cities count.
const US_CITIES = new Set([
  'New_York', 'Detroit', 'Chicago', 'Denver', 'Phoenix', 'Los_Angeles', 'Anchorage', 'Juneau',
  'Sitka', 'Metlakatla', 'Yakutat', 'Nome', 'Adak', 'Boise', 'Menominee',
]);

function regionFromZone(timeZone: string): RegionId | undefined {
  const direct = ZONE_REGIONS[timeZone];
  if (direct) return direct;
  if (timeZone.startsWith('Australia/')) return 'au';
  if (/^America\/(Indiana|Kentucky|North_Dakota)\//.test(timeZone)) return 'us';
  if (timeZone.startsWith('America/') && US_CITIES.has(timeZone.slice('America/'.length))) {
    return 'us';
  }
  if (timeZone.startsWith('US/')) return 'us';
  return undefined;
}

const COUNTRY_REGIONS: Record<string, RegionId> = {
  GB: 'uk',
  UK: 'uk',
  IE: 'ie',
  US: 'us',
  AU: 'au',
  DE: 'de',
};

function regionFromLanguage(language: string): RegionId | undefined {
  const [primary = '', ...rest] = language.split(/[-_]/);
  const country = rest.find((subtag) => /^[A-Za-z]{2}$/.test(subtag))?.toUpperCase();
  if (country) return COUNTRY_REGIONS[country] ?? 'elsewhere';
  // Welsh is spoken in Wales; German alone says little about the country, so it stays unset.
  return primary.toLowerCase() === 'cy' ? 'uk' : undefined;
}

/**
 * The time zone decides when it is a known one; else the first language tag that names a
 * country (or plain Welsh); else "elsewhere".
 */
export function chooseRegion(languages: readonly string[], timeZone: string): RegionId {
  const fromZone = regionFromZone(timeZone);
  if (fromZone) return fromZone;
  for (const language of languages) {
    const fromLanguage = regionFromLanguage(language);
    if (fromLanguage) return fromLanguage;
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
