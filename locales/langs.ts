/**
 * The languages Signpost speaks: the one list from which the Lang type, the choice of
 * language, the packs and the language switch all come. (No word comes from Intl, whose
 * languages differ between browsers: day names are in the locale files.) Adding a language
 * is its folder here (its sentences, and its words for each region), its
 * public/_locales/<code>/messages.json, its store listing, one entry below and one in
 * locales/all.ts; `tsc` and tests/unit/house.test.ts name any piece that is missing.
 */
export const LANGS = [
  { code: 'en', name: 'English' },
  { code: 'cy', name: 'Cymraeg' },
  { code: 'de', name: 'Deutsch' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'fr', name: 'Français' },
  // Bokmål's own name, as Chrome, Firefox, Android and macOS list it: a Nynorsk reader, who
  // is shown it too (lib/region.ts), sees which written Norwegian it is.
  { code: 'nb', name: 'Norsk bokmål' },
] as const;

export type Lang = (typeof LANGS)[number]['code'];

export const LANG_CODES: readonly Lang[] = LANGS.map((lang) => lang.code);

/** The files a language must have besides its words for each region, relative to the project's root. */
export function languagePieces(code: string): string[] {
  return [
    `locales/${code}/index.ts`,
    `locales/${code}/popup.ts`,
    `locales/${code}/guide.ts`,
    `locales/${code}/online.ts`,
    `public/_locales/${code}/messages.json`,
    `store/listing.${code}.md`,
  ];
}
