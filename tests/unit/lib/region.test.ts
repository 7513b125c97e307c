import { describe, expect, it } from 'vitest';
import { chooseLanguage, chooseRegion } from '@/lib/region';

describe('the place comes from the time zone alone', () => {
  // Zones inside every place, aliases and linked zones among them (Europe/Amsterdam and
  // Europe/Belfast are links; Asia/Calcutta-style old names are what browsers may report).
  it.each([
    ['Europe/London', 'uk'],
    ['Europe/Belfast', 'uk'],
    ['GB', 'uk'],
    ['Europe/Dublin', 'ie'],
    ['Eire', 'ie'],
    ['America/New_York', 'us'],
    ['America/Chicago', 'us'],
    ['America/Los_Angeles', 'us'],
    ['America/Indiana/Indianapolis', 'us'],
    ['America/Phoenix', 'us'],
    ['Pacific/Honolulu', 'us'],
    ['US/Eastern', 'us'],
    ['Australia/Sydney', 'au'],
    ['Australia/Perth', 'au'],
    ['Australia/Lord_Howe', 'au'],
    ['Europe/Berlin', 'de'],
    // Büsingen is a German town in the Swiss zone: its own zone name says Germany.
    ['Europe/Busingen', 'de'],
    ['Europe/Zurich', 'ch'],
    ['Europe/Vienna', 'at'],
    // Linked to Europe/Berlin in the tz database since 2022, but Norway's own name.
    ['Europe/Oslo', 'no'],
    ['Europe/Amsterdam', 'nl'],
    ['Europe/Brussels', 'be'],
    ['Europe/Paris', 'fr'],
    ['Pacific/Auckland', 'nz'],
    // Every Canadian zone, old names too; America/Phoenix is the US's first (the table lists
    // Canada second, for Creston's old rules), and Canada has its own name for those.
    ['America/Toronto', 'ca'],
    ['America/Montreal', 'ca'],
    ['America/Vancouver', 'ca'],
    ['America/St_Johns', 'ca'],
    ['America/Creston', 'ca'],
    ['Canada/Eastern', 'ca'],
    ['Pacific/Chatham', 'nz'],
    ['NZ', 'nz'],
  ])('%s gives %s', (zone, region) => {
    expect(chooseRegion(zone)).toBe(region);
  });

  // Zones outside every place, however close: the tz database links some of them to a
  // place's zone (Stockholm and Copenhagen to Berlin; Luxembourg to Brussels), and a
  // zone's other countries never count (the Crown Dependencies share Europe/London's rules;
  // Svalbard is not Norway's region).
  it.each([
    'Europe/Stockholm',
    'Europe/Copenhagen',
    'Arctic/Longyearbyen',
    'Europe/Luxembourg',
    'Europe/Monaco',
    // Liechtenstein's own zone: Switzerland covers Switzerland alone.
    'Europe/Vaduz',
    'Europe/Madrid',
    'Europe/Isle_of_Man',
    'Europe/Jersey',
    'America/Mexico_City',
    // Shared with Canada in the table, but another country's first.
    'America/Panama',
    'America/Puerto_Rico',
    'Antarctica/McMurdo',
    'Asia/Kolkata',
    'Asia/Calcutta',
    'Asia/Tokyo',
    'Asia/Dubai',
    'Africa/Lagos',
    'Africa/Dakar',
  ])('%s gives "Somewhere else"', (zone) => {
    expect(chooseRegion(zone)).toBe('elsewhere');
  });

  // No zone, a zone of no country, or a string that is not a zone: never a guess.
  it.each(['', 'UTC', 'Etc/UTC', 'Etc/GMT', 'Etc/GMT+5', 'GMT', 'Etc/Unknown', 'europe/london', 'Europe/London ', 'constructor', '__proto__', 'toString', 'Europe/', 'x'.repeat(10_000)])(
    '%j gives "Somewhere else"',
    (zone) => {
      expect(chooseRegion(zone)).toBe('elsewhere');
    },
  );

  // tz keeps these from POSIX and links them to a city (CET to Brussels, EST5EDT to New York),
  // but they name a time, not a place: a clock on CET may be anywhere in Central Europe.
  it.each(['CET', 'MET', 'EET', 'WET', 'EST', 'MST', 'HST', 'EST5EDT', 'CST6CDT', 'MST7MDT', 'PST8PDT'])(
    '%s, a time and not a place, gives "Somewhere else"',
    (zone) => {
      expect(chooseRegion(zone)).toBe('elsewhere');
    },
  );

  it('gives "Somewhere else" for a value that is not a string', () => {
    expect(chooseRegion(undefined as unknown as string)).toBe('elsewhere');
    expect(chooseRegion(42 as unknown as string)).toBe('elsewhere');
  });
});

describe('languages choose only the language', () => {
  it.each([
    { languages: ['en-GB', 'en'], lang: 'en' },
    { languages: ['cy', 'en-GB'], lang: 'cy' },
    { languages: ['en-GB', 'cy'], lang: 'en' },
    { languages: ['ga-IE', 'en'], lang: 'en' },
    { languages: ['es-US', 'en'], lang: 'en' },
    { languages: ['de-CH', 'fr-CH'], lang: 'de' },
    { languages: ['fr-CA', 'en-CA'], lang: 'fr' },
    { languages: ['nb-NO', 'nb'], lang: 'nb' },
    { languages: ['nl-BE', 'nl'], lang: 'nl' },
    { languages: ['fr-BE', 'fr'], lang: 'fr' },
    { languages: ['nb-NO', 'en'], lang: 'nb' },
    { languages: ['nb'], lang: 'nb' },
    { languages: ['en_GB'], lang: 'en' },
    { languages: ['ja-JP'], lang: 'en' },
    { languages: [], lang: 'en' },
  ])('$languages reads $lang', ({ languages, lang }) => {
    expect(chooseLanguage(languages)).toBe(lang);
  });

  // Norwegian as a whole ("no", as some browsers report it) and Nynorsk ("nn") read Bokmål;
  // only the primary subtag counts, and a language first in the list still wins.
  it.each([
    { languages: ['no-NO'], lang: 'nb' },
    { languages: ['no'], lang: 'nb' },
    { languages: ['nn-NO'], lang: 'nb' },
    { languages: ['nn', 'nb', 'en'], lang: 'nb' },
    { languages: ['NO_no'], lang: 'nb' },
    { languages: ['en-NO', 'nb-NO'], lang: 'en' },
    { languages: ['de-DE', 'nn-NO'], lang: 'de' },
    { languages: ['nn-NO', 'de-DE'], lang: 'nb' },
    { languages: ['sv-SE', 'da-DK', 'no'], lang: 'nb' },
    { languages: ['constructor', 'toString', '__proto__'], lang: 'en' },
  ])('$languages reads $lang', ({ languages, lang }) => {
    expect(chooseLanguage(languages)).toBe(lang);
  });

  // A language tag says what a person reads, not where they are: abroad, each gets
  // "Somewhere else" in their own language, never their home country's numbers.
  it.each([
    { languages: ['en-US'], zone: 'Asia/Kolkata', lang: 'en' },
    { languages: ['en-US'], zone: 'Africa/Lagos', lang: 'en' },
    { languages: ['en-US'], zone: 'UTC', lang: 'en' },
    { languages: ['en-GB'], zone: 'Europe/Madrid', lang: 'en' },
    { languages: ['cy-GB'], zone: 'Asia/Dubai', lang: 'cy' },
    { languages: ['de-LI'], zone: 'Europe/Vaduz', lang: 'de' },
    { languages: ['fr-FR'], zone: 'Africa/Dakar', lang: 'fr' },
    { languages: ['nl-NL'], zone: 'Europe/Luxembourg', lang: 'nl' },
    { languages: ['nb-NO'], zone: 'Asia/Tokyo', lang: 'nb' },
    { languages: ['en-GB'], zone: '', lang: 'en' },
  ])('$languages in "$zone" opens "Somewhere else" in $lang', ({ languages, zone, lang }) => {
    expect(chooseRegion(zone)).toBe('elsewhere');
    expect(chooseLanguage(languages)).toBe(lang);
  });
});
