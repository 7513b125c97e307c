/**
 * The packs, made from the directory and the words: a typed function of the data, run at
 * build time (modules/packs.ts writes one file per region, language and page) and by the
 * unit tests, so what the pages ship is what the tests check. lib/plan.ts decides what a
 * region shows; this words it in one language and keeps only what the page reads: the
 * popup's pack holds no reporting route, no source, no hours but the helpline's.
 */
import { REGIONS, type RegionId, SERVICES } from '@/data/directory';
import { ONLINE } from '@/data/online';
import type { HolidayCalendar, Hours, Phone, Service, TimeZone } from '@/data/types';
import type { PopupMessages, PrivacyKey } from '@/locales';
import type { ServiceWords } from '@/locales/words';
import { WORDS } from '@/locales/all';
import type { Lang } from '@/locales/langs';
import { dialHref } from './dial';
import { holidayDays, tableStart } from './holiday-table';
import type { HolidayDays } from './holidays';
import {
  type GuideLanguagePack,
  type GuidePack,
  guidePackOf,
  type GuideRegion,
  type GuideRegionPack,
  type GuideService,
  type GuideWords,
  type LanguagePack,
  type LanguageWords,
  type PackHours,
  type PackPhone,
  type PackService,
  type PopupPack,
  popupPackOf,
  type PopupRegion,
  type PrivacyWords,
  type RegionNames,
  type RegionWordKey,
  type RegionWords,
} from './pack';
import { inReadersOrder, nameFor, pageFor, type Planned, type RegionPlan, regionPlan } from './plan';

/** Where each service's words live: its home region's words, or the online programmes'. */
const HOME = new Map<string, RegionId | 'online'>([
  ...REGIONS.flatMap((region) => region.services.map((service) => [service.id, region.id] as const)),
  ...ONLINE.map((service) => [service.id, 'online'] as const),
]);

/** A service's words in a language: a service with none in its home's file is a bug in the data. */
export function wordsOf(service: Pick<Service, 'id'>, lang: Lang): ServiceWords {
  const home = HOME.get(service.id);
  const words = WORDS[lang];
  const found = home === 'online' ? words.online : home ? words.regions[home].services : undefined;
  const own = found && (found as Readonly<Record<string, ServiceWords>>)[service.id];
  if (!own) throw new Error(`No ${lang} words for ${service.id}`);
  return own;
}

function pick<W extends object, K extends keyof W>(words: W, keys: readonly K[]): Pick<W, K> {
  return Object.fromEntries(keys.filter((key) => words[key] !== undefined).map((key) => [key, words[key]])) as Pick<W, K>;
}

export function packPhone(phone: Phone): PackPhone {
  return { display: phone.display, href: dialHref(phone), cost: phone.cost, ...(phone.text ? { text: true } : {}) };
}

/** The names of a zone and of the holidays in some days, in a language. */
export function hourWords(timeZone: TimeZone, days: HolidayDays, lang: Lang): Extract<PackHours, { kind: 'weekly' }>['words'] {
  const words = WORDS[lang].popup;
  return {
    zone: words[`hours.zone.${timeZone}`],
    holidays: Object.fromEntries([...new Set(days.names)].map((name) => [name, words[`hours.holiday.${name}`]])),
  };
}

/**
 * A line's hours, with the holidays of its calendars from the newest check of its region's
 * facts, and the names of its zone and of those holidays in the language.
 */
function packHours(hours: Hours, start: string, lang: Lang): PackHours {
  if (hours.kind !== 'weekly') return hours;
  const { timeZone, periods } = hours;
  const holidays = holidayDays(hours.holidays, start);
  return { kind: 'weekly', timeZone, periods, holidays, words: hourWords(timeZone, holidays, lang) };
}

/** The names of zones and holidays: they travel with the hours that use them (PackHours). */
const isHourName = (key: string) => /^hours\.(zone|holiday)\./.test(key);
/** A popup sentence only some regions use (RegionWordKey). */
const isRegionWord = (key: string): key is RegionWordKey => !isHourName(key) && /^(cost|hours|online)\.|^helpNow\..*(Elsewhere|Or)$/.test(key);

/** A language's popup sentences that every region uses. */
function languageWords(lang: Lang): LanguageWords {
  return Object.fromEntries(Object.entries(WORDS[lang].popup).filter(([key]) => !isHourName(key) && !isRegionWord(key))) as LanguageWords;
}

/** The privacy section's sentences (PrivacyKey): a file of their own, loaded after the guide's first paint. */
const isPrivacyWord = (key: string): key is PrivacyKey => key.startsWith('privacy.');

/** A language's guide sentences but the privacy section's. */
function guideWords(lang: Lang): GuideWords {
  return Object.fromEntries(Object.entries(WORDS[lang].guide).filter(([key]) => !isPrivacyWord(key))) as GuideWords;
}

/** The popup sentences only some regions use, every one: the guide's language file carries them. */
function allRegionWords(lang: Lang): Pick<PopupMessages, RegionWordKey> {
  return Object.fromEntries(Object.entries(WORDS[lang].popup).filter(([key]) => isRegionWord(key))) as Pick<PopupMessages, RegionWordKey>;
}

/** Those a region's popup uses, by what it shows. */
function popupRegionWords(region: Omit<PopupRegion, 'words'>, lang: Lang): RegionWords {
  const phones = [
    ...(region.helpline?.phones ?? []),
    ...(region.youngPeople?.phones ?? []),
    ...region.crisis.flatMap((line) => line.phones),
    ...region.online.flatMap((programme) => programme.phones),
    ...[region.ownLife, region.ownLifeOr, region.childInDanger, region.childInDangerOr].filter((phone) => phone !== undefined),
  ];
  const hours = [region.helpline?.hours, region.youngPeople?.hours];
  const all = allRegionWords(lang);
  const keys = (Object.keys(all) as RegionWordKey[]).filter(
    (key) =>
      phones.some((phone) => key === `cost.${phone.cost}`) ||
      (key.startsWith('hours.') && hours.some((line) => line?.kind === 'weekly')) ||
      (key === 'hours.always' && hours.some((line) => line?.kind === 'always')) ||
      (key.startsWith('online.') && !region.helpline) ||
      (key === 'helpNow.ownLifeElsewhere' && !region.ownLife) ||
      (key === 'helpNow.ownLifeOr' && region.ownLifeOr !== undefined) ||
      (key === 'helpNow.dangerElsewhere' && !region.childInDanger) ||
      (key === 'helpNow.dangerOr' && region.childInDangerOr !== undefined),
  );
  return pick(all, keys);
}

/** The region's own services (the online programmes are everyone's): their checks start its holiday days. */
export function holidaysFrom(region: RegionId): string {
  return tableStart(SERVICES.filter((service) => service.regions !== 'anywhere' && service.regions.includes(region)));
}

/** Every region's name in a language, in the picker's order. */
export function regionNames(lang: Lang): RegionNames {
  return REGIONS.map((region) => [region.id, WORDS[lang].regions[region.id].name] as const);
}

/** A service in a language: its own name and page in that language where it has them. */
function packService<W>(service: Planned, lang: Lang, words: W): PackService<W> {
  const url = pageFor(service, lang);
  return { id: service.id, name: nameFor(service, lang), ...(url ? { url } : {}), phones: service.phones.map(packPhone), words };
}

/** Everything the popup shows of a region, in a language. */
export function popupRegion(plan: RegionPlan, lang: Lang): PopupRegion {
  const { helpline, youngPeople } = plan;
  const words = (service: Planned) => wordsOf(service, lang);
  const crisis = inReadersOrder(plan.crisis, lang).map((service) => {
    const { helpNow, helpNowOr, linkLabel } = words(service);
    if (!helpNow) throw new Error(`${service.id} has no crisis sentence in ${lang}`);
    const line = packService(service, lang, { helpNow, ...(helpNowOr ? { helpNowOr } : {}), ...(linkLabel ? { linkLabel } : {}) });
    // A crisis line's website shows only where its sentence links it (Find A Helpline).
    if (!linkLabel) delete line.url;
    return line;
  });
  const selfHelp = plan.selfHelp && pageFor(plan.selfHelp, lang);
  const familyAdvice = plan.family.advice && pageFor(plan.family.advice, lang);
  const young = youngPeople && words(youngPeople).young;
  const ownLife = plan.emergency?.phones[0];
  // What it is about, only where it has no number to show (components/shared/Helpline.tsx).
  const helplineWords = helpline && pick(words(helpline), [...(helpline.phones.length ? [] : (['about'] as const)), 'confidential', 'linkLabel', 'languages', 'passesOnShort']);
  const { ownLifeOr, childInDangerOr } = plan;
  const region: Omit<PopupRegion, 'words'> = {
    id: plan.region,
    ...(helpline && helplineWords
      ? {
          helpline: {
            ...packService(helpline, lang, helplineWords),
            // The number to call first, and a text line: a further number to call (Ireland's
            // UK number, for a UK phone) and what it costs are the guide's.
            phones: helpline.phones.filter((phone, index) => index === 0 || phone.text).map(packPhone),
            hours: packHours(helpline.hours, holidaysFrom(plan.region), lang),
          },
        }
      : {}),
    ...(selfHelp ? { selfHelp: { url: selfHelp } } : {}),
    ...(familyAdvice ? { familyAdvice: { url: familyAdvice } } : {}),
    ...(youngPeople && young
      ? {
          youngPeople: {
            ...packService(youngPeople, lang, { young }),
            phones: youngPeople.phones.slice(0, 1).map(packPhone),
            // Only weekly hours say anything its sentence does not ("any time" is in its words).
            ...(youngPeople.hours.kind === 'weekly' ? { hours: packHours(youngPeople.hours, holidaysFrom(plan.region), lang) } : {}),
          },
        }
      : {}),
    crisis,
    ...(ownLife ? { ownLife: packPhone(ownLife) } : {}),
    ...(ownLifeOr ? { ownLifeOr: packPhone(ownLifeOr) } : {}),
    ...(plan.childInDanger ? { childInDanger: packPhone(plan.childInDanger) } : {}),
    ...(childInDangerOr ? { childInDangerOr: packPhone(childInDangerOr) } : {}),
    // Only where there is no helpline to show first.
    online: helpline
      ? []
      : plan.online.flatMap((service) => {
          const about = words(service).about;
          return service.url && about ? [packService(service, lang, { about })] : [];
        }),
  };
  return { ...region, words: popupRegionWords(region, lang) };
}

/** A service as the guide shows it, with its hours' holidays from a day (YYYY-MM-DD). */
function guideService<W>(service: Planned, lang: Lang, start: string): GuideService<W> {
  return {
    // Each role's words are checked by its words file's type (locales/words.ts).
    ...packService(service, lang, wordsOf(service, lang) as W),
    hours: packHours(service.hours, start, lang),
    ...(service.anonymous === undefined ? {} : { anonymous: service.anonymous }),
  };
}

/** The online programmes open to anyone, as the guide shows them in a language: each its own holidays' start. */
function onlineProgrammes(lang: Lang): GuideRegion['online'] {
  return regionPlan('elsewhere').online.flatMap((service) => {
    const shown = guideService<{ about: string }>(service, lang, tableStart([service]));
    return shown.url ? [{ ...shown, url: shown.url }] : [];
  });
}

/** Everything the guide shows of a region, in a language. */
export function guideRegion(plan: RegionPlan, lang: Lang): GuideRegion {
  const start = holidaysFrom(plan.region);
  const guide = <W>(service: Planned) => guideService<W>(service, lang, start);
  const optional = <W>(service: Planned | undefined) => (service ? guide<W>(service) : undefined);
  const linked = <W>(service: Planned | undefined) => {
    const shown = optional<W>(service);
    return shown?.url ? { ...shown, url: shown.url } : undefined;
  };
  const advice = plan.family.advice && pageFor(plan.family.advice, lang);
  // Only the fields a region has: a pack holds no "undefined".
  const defined = <T extends object>(fields: T) =>
    Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
  return defined({
    id: plan.region,
    helpline: optional(plan.helpline),
    selfHelp: linked(plan.selfHelp),
    questions: linked(plan.questions),
    online: onlineProgrammes(lang),
    regional: plan.regional.map((service) => guide(service)),
    treatment: plan.treatment.length > 0 ? plan.treatment.map((service) => guide(service)) : undefined,
    family: defined({
      helpline: optional(plan.family.helpline),
      advice: advice ? { url: advice } : undefined,
      inform: plan.family.inform,
    }),
    childProtection: optional(plan.childProtection),
    parents: linked(plan.parents),
    youngPeople: optional(plan.youngPeople),
    crisis: inReadersOrder(plan.crisis, lang).map((service) => guide(service)),
    emergency: optional(plan.emergency),
    police: optional(plan.police),
    ownLife: plan.emergency?.phones[0] && packPhone(plan.emergency.phones[0]),
    ownLifeOr: plan.ownLifeOr && packPhone(plan.ownLifeOr),
    childInDanger: plan.childInDanger && packPhone(plan.childInDanger),
    childInDangerOr: plan.childInDangerOr && packPhone(plan.childInDangerOr),
    crisisAdvice: plan.crisisAdvice,
    reporting: plan.reporting.map((service) => guide(service)),
    // The helpline's page in the reader's language, where it has one.
    cardPage: (plan.helpline && pageFor(plan.helpline, lang)) ?? plan.cardPage,
    caseAdvice: plan.caseAdvice && nameFor(plan.caseAdvice, lang),
    informPlus: plan.informPlus,
  }) as GuideRegion;
}

/** Each file a page loads, by what it holds (lib/load-pack.ts names and reads them). */
export const PACK_FILES = {
  /** A language's popup sentences and every region's name: both pages. */
  language: (lang: Lang): LanguagePack => ({ words: languageWords(lang), regions: regionNames(lang) }),
  /** A language's guide sentences but the privacy section's, and the online programmes every region's guide shows. */
  guideLanguage: (lang: Lang): GuideLanguagePack => ({ words: { ...guideWords(lang), ...allRegionWords(lang) }, online: onlineProgrammes(lang) }),
  /** A language's privacy section's sentences: the guide loads them after its first paint. */
  privacy: (lang: Lang): PrivacyWords =>
    Object.fromEntries(Object.entries(WORDS[lang].guide).filter(([key]) => isPrivacyWord(key))) as PrivacyWords,
  /** What the popup shows of a region, in a language. */
  popup: (region: RegionId, lang: Lang): PopupRegion => popupRegion(regionPlan(region), lang),
  /** What the guide shows of a region, in a language: all but the online programmes. */
  guide: (region: RegionId, lang: Lang): GuideRegionPack => {
    const { online: _everyone, ...own } = guideRegion(regionPlan(region), lang);
    return own;
  },
};

/** The popup's pack for a region in a language, as the popup puts it together from its files. */
export function popupPack(region: RegionId, lang: Lang): PopupPack {
  return popupPackOf(lang, PACK_FILES.language(lang), PACK_FILES.popup(region, lang));
}

/** The guide's pack for a region in a language, as the guide puts it together from its files. */
export function guidePack(region: RegionId, lang: Lang): GuidePack {
  return guidePackOf(lang, PACK_FILES.language(lang), PACK_FILES.guideLanguage(lang), PACK_FILES.guide(region, lang));
}
