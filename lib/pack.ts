/**
 * What a page is given to show one region in one language: a "pack". Each pair of a region
 * and a language has its own file for each page, made at build time from the directory and
 * the words (lib/project.ts, which the unit tests run too), so a page carries only the help
 * of the region it shows, and no file holds two regions' help. What a language says
 * whatever the region (its sentences, the regions' names) is one file per language, loaded
 * beside it. The pages' components are typed against these shapes: a field the popup's pack
 * does not ship is a type error in the popup, not an empty line on screen.
 */
import type { Cost, Period, TimeZone } from '@/data/types';
import type { HolidayDays, HolidayName } from './holidays';

export type { HolidayDays };
import type { RegionId } from '@/data/directory';
import type { GuideMessages, PopupMessages, PrivacyKey } from '@/locales';
import type { Lang } from '@/locales/langs';
import type { WordsByRole } from '@/locales/words';

/** A number as a page shows it, and what a tap on it opens (tel: or sms:: lib/dial.ts). */
export interface PackPhone {
  display: string;
  href: string;
  cost: Cost;
  /** A text line ("text", not "call"). */
  text?: true;
}

export type PackHours =
  | { kind: 'always' }
  | { kind: 'unknown' }
  | {
      kind: 'weekly';
      timeZone: TimeZone;
      periods: readonly Period[];
      holidays: HolidayDays;
      /**
       * Its zone and its holidays, named in the pack's language ("UK time", "a bank holiday in
       * Scotland"): only the names its own calendars can give, so no other pack carries them.
       */
      words: { zone: string; holidays: Partial<Record<HolidayName, string>> };
    };

/** A service as a page shows it: its numbers for this region, its own first, and its words in this language. */
export interface PackService<W> {
  id: string;
  name: string;
  /** Its page, in the reader's language where it has one. */
  url?: string;
  phones: readonly PackPhone[];
  words: W;
}

type Words<R extends keyof WordsByRole, K extends keyof WordsByRole[R]> = Pick<WordsByRole[R], K>;

/** The helpline as the popup shows it: number, cost, hours, what it keeps confidential and passes on. */
export interface PopupHelpline
  extends PackService<Words<'helpline', 'about' | 'confidential' | 'linkLabel' | 'languages' | 'passesOnShort'>> {
  hours: PackHours;
}

/** A crisis line's sentence ("Struggling to cope? Samaritans, 116 123, free, any time."). */
export type CrisisLine = PackService<Words<'crisis', 'helpNow' | 'helpNowOr' | 'linkLabel'>>;

/** Everything the popup shows of a region. */
export interface PopupRegion {
  id: RegionId;
  /** The helpline shown first; none where the region has none. */
  helpline?: PopupHelpline;
  /** "Free, anonymous self-help online" and "Worried about someone else?". */
  selfHelp?: { url: string };
  familyAdvice?: { url: string };
  /**
   * "Under 19? Childline: 0800 1111, any time", and whether it is open now where it keeps
   * weekly hours (Germany's Nummer gegen Kummer): its other hours are the guide's.
   */
  youngPeople?: PackService<Words<'young-people', 'young'>> & { hours?: PackHours };
  crisis: readonly CrisisLine[];
  /** "If your life is in danger, call 999." None: "your local emergency number". */
  ownLife?: PackPhone;
  /** The second number for your own life, where there is one: "call 144 (or 112)". */
  ownLifeOr?: PackPhone;
  /** "A child in danger now: call 999." None: "your local emergency number". */
  childInDanger?: PackPhone;
  /** The second number for a child in danger, where there is one: "call 117 (or 112)". */
  childInDangerOr?: PackPhone;
  /** The online programmes open to anyone, where the region has no helpline. */
  online: readonly PackService<Words<'online-programme', 'about'>>[];
  /** The sentences only some regions need, those its parts use (RegionWordKey). */
  words: RegionWords;
}

/** A service as the guide shows it: all its words, its hours, and whether it can be used without your name. */
export interface GuideService<W = Partial<Record<string, string>>> extends PackService<W> {
  hours: PackHours;
  /** Only where the fact sheet says so; unset: the guide says nothing either way. */
  anonymous?: boolean;
}

/** Everything the guide shows of a region (lib/plan.ts decides it; lib/project.ts words it). */
export interface GuideRegion {
  id: RegionId;
  helpline?: GuideService<WordsByRole['helpline']>;
  selfHelp?: GuideService<WordsByRole['self-help']> & { url: string };
  questions?: GuideService<WordsByRole['questions']> & { url: string };
  online: readonly (GuideService<WordsByRole['online-programme']> & { url: string })[];
  /** Specialist services for one part of the country, each with its area. */
  regional: readonly GuideService<WordsByRole['regional-service']>[];
  /** Treatment or counselling named without a number, under the person's own section; none: unset. */
  treatment?: readonly GuideService<WordsByRole['treatment']>[];
  /** For family and friends: the helpline where it takes their calls, their advice page, and Inform. */
  family: { helpline?: GuideService<WordsByRole['helpline']>; advice?: { url: string }; inform: boolean };
  childProtection?: GuideService<WordsByRole['child-protection']>;
  parents?: GuideService<WordsByRole['parents-advice']> & { url: string };
  youngPeople?: GuideService<WordsByRole['young-people']>;
  crisis: readonly GuideService<WordsByRole['crisis']>[];
  emergency?: GuideService<WordsByRole['emergency']>;
  police?: GuideService<WordsByRole['police']>;
  ownLife?: PackPhone;
  ownLifeOr?: PackPhone;
  childInDanger?: PackPhone;
  childInDangerOr?: PackPhone;
  /** The helpline's own advice on where to turn in a crisis (GP, NHS line, Samaritans). */
  crisisAdvice: boolean;
  reporting: readonly GuideService<WordsByRole['report']>[];
  /** The page the counsellor's card's QR code opens. */
  cardPage?: string;
  /** The helpline's name, where it also takes calls from professionals about a case. */
  caseAdvice?: string;
  informPlus: boolean;
}

/** The regions in the picker's order, each with its name in the pack's language. */
export type RegionNames = readonly (readonly [RegionId, string])[];

/**
 * What every page needs of a language, whatever the region: the popup's sentences and the
 * regions' names. One file per language, so a region's own file holds only its help.
 */
export interface LanguagePack {
  words: LanguageWords;
  regions: RegionNames;
}

/** The names of zones and holidays travel with the hours that use them (PackHours), not with the language. */
export type HourNameKey = Extract<keyof PopupMessages, `hours.zone.${string}` | `hours.holiday.${string}`>;
/**
 * The popup's sentences that only some regions use: what a number costs, the sentences of
 * opening hours, the online programmes' heading, "your local emergency number", "call 144
 * (or 112)". Each region's
 * popup file carries those its parts use, so a language's file does not grow with every
 * place's costs; the guide's language file carries them all.
 */
export type RegionWordKey = Exclude<
  Extract<keyof PopupMessages, `cost.${string}` | `hours.${string}` | `online.${string}` | `helpNow.${string}${'Elsewhere' | 'Or'}`>,
  HourNameKey
>;
export type RegionWords = Partial<Pick<PopupMessages, RegionWordKey>>;
/** What a language's file says whatever the region. */
export type LanguageWords = Omit<PopupMessages, HourNameKey | RegionWordKey>;

/** What the popup draws with: its language's file and its region's, together. */
export interface PopupPack {
  lang: Lang;
  words: LanguageWords & RegionWords;
  regions: RegionNames;
  region: PopupRegion;
}

/**
 * What the guide needs of a language besides the popup's: its own sentences but the privacy
 * section's, and the online programmes open to anyone, which every region's guide shows (so
 * no region's file repeats them).
 */
export interface GuideLanguagePack {
  words: GuideWords & Pick<PopupMessages, RegionWordKey>;
  online: GuideRegion['online'];
}

/** The guide's sentences that it needs before its first paint: all but the privacy section's. */
export type GuideWords = Omit<GuideMessages, PrivacyKey>;
/**
 * The privacy section's sentences: a file of their own per language, which the guide loads
 * after its first paint (the section is the page's last, and shows its heading until then).
 */
export type PrivacyWords = Pick<GuideMessages, PrivacyKey>;

/** What the guide shows of a region, in its region's file: all but the online programmes. */
export type GuideRegionPack = Omit<GuideRegion, 'online'>;

/**
 * What the guide draws with: its language's files (the popup's sentences and its own) and its
 * region's. The privacy section's words are not in it: they come later (PrivacyWords).
 */
export interface GuidePack {
  lang: Lang;
  words: Omit<PopupMessages, HourNameKey> & GuideWords;
  regions: RegionNames;
  region: GuideRegion;
}

export type PackKind = 'popup' | 'guide';

export const popupPackOf = (lang: Lang, language: LanguagePack, region: PopupRegion): PopupPack => ({
  lang,
  words: { ...language.words, ...region.words },
  regions: language.regions,
  region,
});

export const guidePackOf = (lang: Lang, language: LanguagePack, guide: GuideLanguagePack, region: GuideRegionPack): GuidePack => ({
  lang,
  words: { ...language.words, ...guide.words },
  regions: language.regions,
  region: { ...region, online: guide.online },
});
