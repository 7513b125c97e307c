/**
 * The region and language a page starts with, from what the browser already knows on the
 * device: its time zone chooses the place, its language list the language. A language
 * tag says which language a person reads, never where they are: an English (US) browser in
 * Tokyo must not be told to dial 911. Nothing is read from or written to storage, so each
 * opening starts from these defaults again.
 */
import ZONES from 'virtual:signpost-zones';
import type { RegionId } from '@/data/directory';
import { LANG_CODES, type Lang } from '@/locales/langs';

/**
 * The place whose country the time zone is in (modules/zones.ts makes the map at build
 * time); any other zone, none, "UTC", "Etc/…" or a string that is no zone: "elsewhere".
 */
export function chooseRegion<Id extends string = RegionId>(
  timeZone: string,
  zones: Readonly<Partial<Record<Id, string>>> = ZONES as Readonly<Partial<Record<Id, string>>>,
): Id | 'elsewhere' {
  const place = (Object.keys(zones) as Id[]).find((id) => zones[id]!.split(' ').includes(timeZone));
  return place ?? 'elsewhere';
}

/**
 * Languages Signpost does not write whose readers read one it does. Norwegian has two
 * written standards: a browser may report the macro-language "no" (no-NO) for either, and
 * Nynorsk ("nn") readers learn Bokmål at school too, so both read Bokmål, never English.
 */
const READ_AS: Readonly<Record<string, Lang>> = { no: 'nb', nn: 'nb' };

/** The first language in the browser's list that Signpost speaks (or whose readers read one); English otherwise. */
export function chooseLanguage(languages: readonly string[]): Lang {
  for (const language of languages) {
    const primary = language.split(/[-_]/)[0]?.toLowerCase() ?? '';
    const spoken = LANG_CODES.find((code) => code === primary) ?? (Object.hasOwn(READ_AS, primary) ? READ_AS[primary] : undefined);
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
  return { region: chooseRegion(timeZone), lang: chooseLanguage(languages) };
}
