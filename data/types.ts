/**
 * The part a service plays on Signpost's pages. lib/plan.ts places each service by its
 * role, never by where it stands in the directory.
 */
export type Role =
  /** The region's leading helpline, for people worried about their own thoughts or behaviour. */
  | 'helpline'
  /** The region's own self-help for that person. */
  | 'self-help'
  /** Answers to the questions people often ask. */
  | 'questions'
  /** Advice for family and friends worried about another adult. */
  | 'family-advice'
  /** Advice for parents and carers worried about a child's or young person's sexual behaviour. */
  | 'parents-advice'
  /** A line for children and young people themselves. */
  | 'young-people'
  /**
   * A specialist service for one part of a country, where the country has no national
   * prevention line of that kind (New Zealand's regional services on the government's list):
   * the guide lists each with the area it serves, under the person's own section.
   */
  | 'regional-service'
  /**
   * Treatment or counselling in the region that the fact sheet confirms but gives no number
   * for (Switzerland's, Austria's): the guide names it under the person's own section, with
   * its page where the sheet gives one. The popup never shows it.
   */
  | 'treatment'
  /** A line for adults worried about a child. */
  | 'child-protection'
  /** Someone to talk to when life feels too much. */
  | 'crisis'
  /** The emergency number: for your own life, and for a child in danger unless there is a police line. */
  | 'emergency'
  /** The police, where the number to call for a child in danger is not the emergency number. */
  | 'police'
  /** Where to report sexual images of children. */
  | 'report'
  /** An online programme open to anyone, anywhere. */
  | 'online-programme';

/**
 * Who else a service says it is for, besides the people its role serves: family and
 * friends, parents worried about a child's behaviour, professionals with a case.
 */
export type Audience = 'someone-else' | 'parents' | 'professional';

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One opening period on one day, as wall-clock "HH:MM" in the service's own zone. */
export interface Period {
  day: Weekday;
  open: string;
  close: string;
}

/** The zones weekly hours are kept in: each has its name in every language (hours.zone.<zone>). */
export type TimeZone = 'Europe/London' | 'Europe/Brussels' | 'Europe/Berlin';

/**
 * Whose public holidays a service keeps, as date-holidays names them: a country, or a
 * country and its region ("GB-ENG" is England and Wales, "GB-SCT" Scotland, "GB-NIR"
 * Northern Ireland: the UK's bank holidays differ by nation). "DE-STATES" is the days that
 * are public holidays in some German states but not in all (Fronleichnam): made from the
 * sixteen states' calendars. The build turns each into dates.
 */
export type HolidayCalendar = 'GB-ENG' | 'GB-SCT' | 'GB-NIR' | 'BE' | 'DE' | 'DE-STATES';

export type Hours =
  | { kind: 'always' }
  | { kind: 'unknown' }
  /**
   * A weekly schedule names the holiday calendars of the place the service works from, in the
   * order a page names a holiday by (the first calendar that has the day).
   */
  | { kind: 'weekly'; timeZone: TimeZone; periods: readonly Period[]; holidays: readonly HolidayCalendar[] };

/**
 * What a call costs, as the fact sheet states it; the words live in the locale modules.
 * "unstated": the sheet does not say, so Signpost says nothing rather than guess. "free-toll":
 * the sheet says toll-free, which is not the same as free from every phone. "normal-rate":
 * the price of an ordinary call, no more (France's "non surtaxé"): never free. "max-chf-0-20":
 * at most CHF 0.20 a call (Switzerland's 143). "landline-rate": what a call to an ordinary
 * landline number costs (Norway's Kirkens SOS). Neither of the last two is ever free.
 */
export type Cost =
  | 'free-uk'
  | 'charged-provider'
  | 'free'
  | 'free-toll'
  | 'free-lifeline'
  | 'normal-rate'
  | 'max-chf-0-20'
  | 'landline-rate'
  | 'unstated';

export interface Phone {
  /** As the service itself prints it. */
  display: string;
  /** The same number in E.164, or the digits of a short code. */
  e164: string;
  /** The country whose numbering plan it belongs to (ISO 3166-1 alpha-2): a region's `numbering`. */
  country: string;
  /** Short codes (999, 116 123) are not in the national plan; they are checked against a list. */
  shortCode?: boolean;
  /** Regions this number is meant for. A region's own numbers are shown before shared ones. */
  for: readonly string[];
  cost: Cost;
  /** A text line ("text", not "call"), where it is one. */
  text?: boolean;
  /** Diallable only inside its country (Australia's 1800 and 13 numbers): linked in national form. */
  national?: boolean;
}

/**
 * Where a fact was checked: the official page that states it, or, where the team's fact
 * sheet confirms a fact without naming a page (emergency numbers), that sheet's section.
 */
export type Source =
  | { url: string; checked: string }
  | { sheet: string; checked: string };

export interface Service {
  id: string;
  /** Proper names are not translated. */
  name: string;
  role: Role;
  /** Only where the fact sheet states it (a helpline that takes family's calls too). */
  alsoFor?: readonly Audience[];
  /** "anywhere" services are online and open to people in every region. */
  regions: readonly string[] | 'anywhere';
  phones: readonly Phone[];
  hours: Hours;
  url?: string;
  /** The same page in other languages, by language code, where the service has one. */
  pages?: Readonly<Record<string, string>>;
  /**
   * The service's own name in other languages, by language code, where it has one
   * ("Parler pour changer"): Signpost never translates a name, it uses the service's.
   */
  names?: Readonly<Record<string, string>>;
  /** Languages the service works in (BCP 47), where the directory states them. */
  languages?: readonly string[];
  /**
   * For a reporting route: whether a report can be made without giving your name. For a
   * helpline: true where the sheet says you need not give your name (the guide says so then,
   * and only then). Left unset where the fact sheet does not say (Point de Contact, New
   * Zealand's DIA, France's STOP): then the guide says nothing about anonymity either way.
   */
  anonymous?: boolean;
  /**
   * The online programme the counsellor's card's QR code opens where a region's helpline has
   * no page of its own (an explicit choice, never the first in a list).
   */
  onCard?: boolean;
  /**
   * Readers who see this line before the region's others of its role, by language code:
   * Belgium's crisis lines, each first for the readers of its own part of the country
   * (the sheet's "Zelfmoordlijn 1813 (Flanders)" and "Centre de Prévention du Suicide
   * (francophone)"). Never shown as a claim about the line's language.
   */
  firstFor?: readonly string[];
  /** Programmes the service runs that the pages mention by name. */
  programmes?: readonly ('inform' | 'inform-plus')[];
  /** Each fact shown traces back to one of these. */
  sources: readonly Source[];
}
