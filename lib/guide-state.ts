/**
 * How the guide opens: the popup's link carries its region and language in the hash
 * (#region=ie&lang=cy), and a deep link may name a section too. The guide reads it once;
 * after that its state lives only in the page. Whatever the hash holds, parsing never
 * throws and yields a valid state: unknown keys are ignored and unknown values fall back
 * to the defaults.
 */
import { REGION_IDS, type RegionId } from '@/data/directory';
import { LANG_CODES, type Lang } from '@/locales/langs';

/** The guide's page, which the manifest also names as the options page. */
export const GUIDE_PAGE = 'guide.html';

export const SECTION_IDS = ['self', 'family', 'young', 'professionals', 'crisis', 'report', 'privacy'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface GuideState {
  region: RegionId;
  lang: Lang;
  section?: SectionId;
}

/** Far longer than any real link; anything longer is not ours. */
const MAX_HASH_LENGTH = 200;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

export function parseHash(hash: string, defaults: { region: RegionId; lang: Lang }): GuideState {
  const state: GuideState = { region: defaults.region, lang: defaults.lang };
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return state;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return state;
  }
  const region = oneOf(REGION_IDS, params.get('region'));
  const lang = oneOf(LANG_CODES, params.get('lang'));
  const section = oneOf(SECTION_IDS, params.get('section'));
  return { region: region ?? state.region, lang: lang ?? state.lang, ...(section ? { section } : {}) };
}

export function formatHash(state: GuideState): string {
  const params = new URLSearchParams({ region: state.region, lang: state.lang });
  if (state.section) params.set('section', state.section);
  return `#${params.toString()}`;
}
