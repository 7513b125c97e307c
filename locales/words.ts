/**
 * The shape of a language's words about a region (locales/<code>/regions/<id>.ts): the
 * region's name, and the words about each service whose home it is, typed by the service's
 * role. A crisis line must have its sentence, an emergency number its line: a missing one
 * fails `tsc` in the words file itself, never in a component.
 */
import type { Region } from '@/data/define';
import type { Role, Service } from '@/data/types';

/** What each role's service must, and may, say. */
export interface WordsByRole {
  helpline: {
    /** What it is, where it has no number to show first (the popup shows this instead). */
    about?: string;
    /** After the cost, under the number: "Confidential: you don't have to give your name." */
    confidential?: string;
    /** The website link's words, where "Visit the {name} website" would say less. */
    linkLabel?: string;
    /** The languages it works in, where the fact sheet states them. */
    languages?: string;
    /** What it passes on, in one sentence the popup can show whole. */
    passesOnShort?: string;
    /** What it passes on, in the service's own full terms (the guide). */
    passesOnFull?: string;
    /** What happens when you call (the guide). */
    whenYouCall?: string;
    /**
     * The guide's first sentence about it, where the shared one ("You can talk to someone in
     * confidence…") would say more than the sheet: an anonymous line whose confidentiality
     * the sheet does not state.
     */
    talk?: string;
  };
  'self-help': { about: string };
  questions: { about: string };
  /** Its page is linked as "Advice for family and friends": it needs no words of its own. */
  'family-advice': Record<never, never>;
  'parents-advice': { about: string };
  'young-people': {
    /** As the popup lists it: {name}, {number}. Each line has its own ages and times. */
    young: string;
    /** As the guide says it: {name}, {number}. */
    youngFull: string;
  };
  /** The part of the country it serves, and what it offers. */
  'regional-service': { about: string };
  /** What it offers and where; that Signpost has no contact details, where it has none. */
  treatment: { about: string };
  'child-protection': { about: string; confidentiality?: string };
  crisis: {
    /**
     * Its sentence in "If you need help now": {name}, {number}, {otherNumber} (its second
     * number, where it has one), {text}, {link}.
     */
    helpNow: string;
    /** The same, where it follows another crisis line ("Or call …"): Belgium's second line. */
    helpNowOr?: string;
    about: string;
    confidentiality?: string;
    linkLabel?: string;
  };
  /** "{number}: {about}." in the crisis section: "999: in an emergency." */
  emergency: { about: string };
  police: { about: string };
  report: { about: string };
  'online-programme': { about: string };
}

type AllFields = { [R in Role]: keyof WordsByRole[R] }[Role];
/** Any role's words, each field optional. */
export type ServiceWords = Partial<Record<AllFields, string>>;

/** A service's words by its role; a helpline with no number must say what it is. */
export type WordsFor<S extends Pick<Service, 'role' | 'phones'>> = S['role'] extends 'helpline'
  ? S['phones'] extends readonly [] ? WordsByRole['helpline'] & { about: string } : WordsByRole['helpline']
  : WordsByRole[S['role']];

/** A language's words about the services in a list (a region's, or the online programmes). */
export type ServicesWords<S extends readonly Service[]> = {
  readonly [One in S[number] as One['id']]: WordsFor<One>;
};

/** A language's words about one region: its name in the pickers, and its services' words. */
export interface RegionWords<R extends Region> {
  name: string;
  services: ServicesWords<R['services']>;
}
