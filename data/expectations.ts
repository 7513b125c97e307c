/**
 * What the tests expect of a region, written by hand from the fact sheet, in its own folder
 * beside its data (data/regions/<id>/expected.ts): what its pages show, its plan, and its
 * facts pinned to the sheet. The shared tests loop over every region's; no page reads them.
 */
import type { Lang } from '@/locales/langs';
import type { ServiceWords } from '@/locales/words';
import type { Audience, Cost, HolidayCalendar, Period, TimeZone } from './types';

/** What the pages show, by the addresses they link (numbers as dialled). */
export interface Shows {
  /** The helpline's numbers, the one shown large first. */
  helpline: readonly string[];
  /** The crisis line's link: a number, or a directory of helplines. */
  crisis: string;
  /** The crisis line shown first, by the reader's language, where that depends on it (Belgium). */
  crisisFirst?: Readonly<Partial<Record<Lang, string>>>;
  /** The number for "if your life is in danger"; null: "your local emergency number". */
  ownLife: string | null;
  /** Its second number, where there is one: "call 144 (or 112)". */
  ownLifeOr?: string;
  /** The number for "a child in danger now"; null: "your local emergency number". */
  childInDanger: string | null;
  /** Its second number, where there is one: "call 117 (or 112)". */
  childInDangerOr?: string;
  /** The region's own self-help pages, in the guide. */
  selfHelp: readonly string[];
  /** The pages of the treatment and counselling the guide names without a number, where there are any. */
  treatment?: readonly string[];
  /**
   * Where to report, with whether it can be anonymous, in the guide; null where the sheet
   * says neither, and the guide says nothing about it.
   */
  reporting: readonly { href: string; anonymous: boolean | null }[];
  /** The young people's line, in the guide; null where the sheet confirms none. */
  young: string | null;
}

/** lib/plan.ts's plan, by service id (and each helpline number's display form). */
export interface PlanRow {
  helpline?: string;
  phones: readonly string[];
  selfHelp?: string;
  questions?: string;
  online: readonly string[];
  regional: readonly string[];
  /** Treatment named without a number (Switzerland's, Austria's), where there is any. */
  treatment?: readonly string[];
  family: { helpline?: string; advice?: string; inform: boolean };
  childProtection?: string;
  parents?: string;
  youngPeople?: string;
  crisis: readonly string[];
  emergency?: string;
  /** The second number for your own life ("144 (or 112)"), as displayed. */
  ownLifeOr?: string;
  police?: string;
  childInDanger?: string;
  childInDangerOr?: string;
  crisisAdvice: boolean;
  reporting: readonly (readonly [string, 'anonymous' | 'named' | 'unstated'])[];
  caseAdvice?: string;
  informPlus: boolean;
}

/** A sentence pinned to the sheet: every condition it must name, and words that would promise more. */
export interface Pinned {
  names: readonly RegExp[];
  never?: RegExp;
}

/** The region's facts as the sheet states them; what is not named here, the sheet does not state. */
export interface Sheet {
  /** Short codes outside the national plan that its numbers may be (checked against libphonenumber otherwise). */
  shortCodes: readonly string[];
  /** Each number's cost, by "<service id> <display>"; a number not here costs "unstated". */
  costs: Readonly<Record<string, Cost>>;
  /** Each line's hours, by service id: a kind, or its weekly schedule; a line not here shows none ("unknown"). */
  hours: Readonly<Record<string, 'always' | { timeZone: TimeZone; periods: readonly Period[]; holidays: readonly HolidayCalendar[] }>>;
  /** Whether a helpline or a reporting route can be used without your name, where the sheet says. */
  anonymous: Readonly<Record<string, boolean>>;
  /** Who else a service is for, where the sheet says. */
  alsoFor: Readonly<Record<string, readonly Audience[]>>;
  /** The languages a service works in, where the sheet says. */
  languages: Readonly<Record<string, readonly string[]>>;
  /** What the sheet marks "do not ship" here: text that no build may hold. */
  doNotShip: readonly string[];
  /** Sentences pinned to the sheet in every language, by service id and field. */
  words: Readonly<Record<string, Partial<Record<keyof ServiceWords, Readonly<Record<Lang, Pinned>>>>>>;
  /** What no sentence about a service may say, in each language (a cost or a process the sheet does not state). */
  never: Readonly<Record<string, Readonly<Record<Lang, RegExp>>>>;
}

export interface RegionExpectations {
  shows: Shows;
  plan: PlanRow;
  sheet: Sheet;
}

/** No family helpline, advice page or Inform. */
export const NO_FAMILY = { inform: false } as const;

/** What the tests expect of the online programmes open to anyone (data/online/expected.ts). */
export interface OnlineExpectations extends Pick<Sheet, 'anonymous' | 'languages' | 'doNotShip' | 'words' | 'never'> {
  /** Every region's plan lists them, in this order. */
  programmes: readonly string[];
}
