/**
 * What a page is given to show one region in one language: a "pack". Each pair of a region
 * and a language has its own file for each page, made at build time from the directory and
 * the words (lib/project.ts, which the unit tests run too), so a page carries only the help
 * of the region it shows, and no file holds two regions' help. What a language says
 * whatever the region (its sentences, the regions' names) is one file per language, loaded
 * beside it. The pages' components are typed against these shapes: a field the popup's pack
 * does not ship is a type error in the popup, not an empty line on screen.
 */
import type { Cost, HolidayCalendar, Period, TimeZone } from '@/data/types';
import type { RegionId } from '@/data/directory';
import type { GuideMessages, PopupMessages } from '@/locales';
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

/**
 * The public holidays of the calendars a line keeps, in the order their names are tried,
 * each as the days since the one before (the first since `from`), for the days from `from`
 * to `until`. Past `until` a page vouches for no day.
 */
export interface HolidayDays {
  from: string;
  until: string;
  calendars: readonly { calendar: HolidayCalendar; gaps: readonly number[] }[];
}

export type PackHours =
  | { kind: 'always' }
  | { kind: 'unknown' }
  | { kind: 'weekly'; timeZone: TimeZone; periods: readonly Period[]; holidays: HolidayDays };

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
export type CrisisLine = PackService<Words<'crisis', 'helpNow' | 'linkLabel'>>;

/** Everything the popup shows of a region. */
export interface PopupRegion {
  id: RegionId;
  /** The helpline shown first; none where the region has none. */
  helpline?: PopupHelpline;
  /** "Free, anonymous self-help online" and "Worried about someone else?". */
  selfHelp?: { url: string };
  familyAdvice?: { url: string };
  /** "Under 19? Childline: 0800 1111, any time". */
  youngPeople?: PackService<Words<'young-people', 'young'>>;
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
  words: PopupMessages;
  regions: RegionNames;
}

/** What the popup draws with: its language's file and its region's, together. */
export interface PopupPack {
  lang: Lang;
  words: PopupMessages;
  regions: RegionNames;
  region: PopupRegion;
}

/**
 * What the guide needs of a language besides the popup's: its own sentences, and the online
 * programmes open to anyone, which every region's guide shows (so no region's file repeats them).
 */
export interface GuideLanguagePack {
  words: GuideMessages;
  online: GuideRegion['online'];
}

/** What the guide shows of a region, in its region's file: all but the online programmes. */
export type GuideRegionPack = Omit<GuideRegion, 'online'>;

/** What the guide draws with: its language's files (the popup's sentences and its own) and its region's. */
export interface GuidePack {
  lang: Lang;
  words: PopupMessages & GuideMessages;
  regions: RegionNames;
  region: GuideRegion;
}

export type PackKind = 'popup' | 'guide';

export const popupPackOf = (lang: Lang, language: LanguagePack, region: PopupRegion): PopupPack => ({
  lang,
  words: language.words,
  regions: language.regions,
  region,
});

export const guidePackOf = (lang: Lang, language: LanguagePack, guide: GuideLanguagePack, region: GuideRegionPack): GuidePack => ({
  lang,
  words: { ...language.words, ...guide.words },
  regions: language.regions,
  region: { ...region, online: guide.online },
});
