import { describe, expect, it } from 'vitest';
import { chooseLanguage, chooseRegion } from '@/lib/region';

describe('default region and language from (languages, time zone)', () => {
  it.each([
    { languages: ['en-GB', 'en'], zone: 'Europe/London', region: 'uk', lang: 'en' },
    { languages: ['cy', 'en-GB'], zone: 'Europe/London', region: 'uk', lang: 'cy' },
    { languages: ['en-GB', 'cy'], zone: 'Europe/London', region: 'uk', lang: 'en' },
    { languages: ['cy-GB'], zone: '', region: 'uk', lang: 'cy' },
    { languages: ['fr-FR', 'cy'], zone: 'Europe/Paris', region: 'fr', lang: 'fr' },
    { languages: ['en-IE'], zone: 'Europe/Dublin', region: 'ie', lang: 'en' },
    { languages: ['ga-IE', 'en'], zone: 'Europe/Dublin', region: 'ie', lang: 'en' },
    { languages: ['en-IE'], zone: 'UTC', region: 'ie', lang: 'en' },
    // In Northern Ireland the zone is the UK's: the UK freephone number works there.
    { languages: ['en-IE'], zone: 'Europe/London', region: 'uk', lang: 'en' },
    { languages: ['en-US'], zone: 'America/New_York', region: 'us', lang: 'en' },
    { languages: ['es-US', 'en'], zone: 'America/Los_Angeles', region: 'us', lang: 'en' },
    { languages: ['en-GB'], zone: 'America/Indiana/Indianapolis', region: 'us', lang: 'en' },
    { languages: ['en'], zone: 'Pacific/Honolulu', region: 'us', lang: 'en' },
    // Canada and Mexico share America/ but are not the US.
    { languages: ['en-CA'], zone: 'America/Toronto', region: 'elsewhere', lang: 'en' },
    { languages: ['es-MX'], zone: 'America/Mexico_City', region: 'elsewhere', lang: 'en' },
    { languages: ['en-AU'], zone: 'Australia/Sydney', region: 'au', lang: 'en' },
    { languages: ['en-GB'], zone: 'Australia/Perth', region: 'au', lang: 'en' },
    { languages: ['de-DE', 'en'], zone: 'Europe/Berlin', region: 'de', lang: 'de' },
    { languages: ['de-AT'], zone: 'Europe/Vienna', region: 'elsewhere', lang: 'de' },
    { languages: ['de-CH', 'fr-CH'], zone: 'Europe/Zurich', region: 'elsewhere', lang: 'de' },
    { languages: ['de'], zone: 'Europe/Zurich', region: 'elsewhere', lang: 'de' },
    { languages: ['en-GB', 'de'], zone: 'Europe/Berlin', region: 'de', lang: 'en' },
    { languages: ['fr-FR', 'de-DE'], zone: 'Europe/Paris', region: 'fr', lang: 'fr' },
    { languages: ['en-GB'], zone: 'Europe/Paris', region: 'fr', lang: 'en' },
    { languages: ['fr-FR'], zone: 'UTC', region: 'fr', lang: 'fr' },
    { languages: ['nl-NL', 'en'], zone: 'Europe/Amsterdam', region: 'nl', lang: 'nl' },
    { languages: ['en-GB'], zone: 'Europe/Amsterdam', region: 'nl', lang: 'en' },
    { languages: ['nl-NL'], zone: 'UTC', region: 'nl', lang: 'nl' },
    { languages: ['en-GB'], zone: 'Europe/Brussels', region: 'be', lang: 'en' },
    { languages: ['en-NZ', 'en'], zone: 'Pacific/Auckland', region: 'nz', lang: 'en' },
    { languages: ['en-GB'], zone: 'Pacific/Chatham', region: 'nz', lang: 'en' },
    { languages: ['mi-NZ', 'en'], zone: 'UTC', region: 'nz', lang: 'en' },
    { languages: ['ja-JP'], zone: 'Asia/Tokyo', region: 'elsewhere', lang: 'en' },
    { languages: [], zone: '', region: 'elsewhere', lang: 'en' },
    { languages: ['en_GB'], zone: 'Etc/Unknown', region: 'uk', lang: 'en' },
  ])('$languages in "$zone" gives $region in $lang', ({ languages, zone, region, lang }) => {
    expect(chooseRegion(languages, zone)).toBe(region);
    expect(chooseLanguage(languages)).toBe(lang);
  });

  // Belgium speaks Dutch and French: the browser's language chooses which.
  it.each([
    { languages: ['nl-BE', 'nl'], zone: 'Europe/Brussels', region: 'be', lang: 'nl' },
    { languages: ['fr-BE', 'fr'], zone: 'Europe/Brussels', region: 'be', lang: 'fr' },
    { languages: ['nl-BE'], zone: 'UTC', region: 'be', lang: 'nl' },
    { languages: ['fr-BE'], zone: '', region: 'be', lang: 'fr' },
    { languages: ['en-GB'], zone: 'Europe/Brussels', region: 'be', lang: 'en' },
  ])('$languages in "$zone" gives $region in $lang', ({ languages, zone, region, lang }) => {
    expect(chooseRegion(languages, zone)).toBe(region);
    expect(chooseLanguage(languages)).toBe(lang);
  });
});
