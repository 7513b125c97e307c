/**
 * Everything a region's pages show, decided in one place. Components render the plan
 * they are given and never ask the directory themselves, so the per-region table test in
 * tests/unit/lib/plan.test.ts sees every rule. A service is placed by its role in the
 * directory; the few rules that are not data are named below.
 */
import { type RegionId, SERVICES } from '@/data/directory';
import type { Phone, Role, Service } from '@/data/types';

export type { RegionId } from '@/data/directory';
export type { Hours, Phone, Service } from '@/data/types';

/** A service as a region shows it: only the numbers meant for the region, its own first. */
export interface Planned extends Omit<Service, 'phones'> {
  phones: Phone[];
}

export interface RegionPlan {
  region: RegionId;
  /** The helpline shown first; none where the directory knows none ("elsewhere"). */
  helpline?: Planned;
  /** The region's own self-help for the person, and answers to common questions. */
  selfHelp?: Planned;
  questions?: Planned;
  /** The online programmes open to anyone, anywhere: shown in every region. */
  online: Planned[];
  /**
   * Specialist services that each serve one part of the country (New Zealand's), listed
   * with the area each serves; none elsewhere.
   */
  regional: Planned[];
  /**
   * Treatment or counselling the sheet confirms without a number (Switzerland's, Austria's):
   * the guide names each under the person's own section; the popup never shows it.
   */
  treatment: Planned[];
  /**
   * For family and friends: the helpline, where it takes their calls; the page of advice
   * for them, where there is one (a helpline's own page may be for someone else: the US
   * one is for adults worried about their own thoughts); and whether the helpline offers
   * Inform, its programme for them.
   */
  family: { helpline?: Planned; advice?: Planned; inform: boolean };
  /** For adults worried about a child. */
  childProtection?: Planned;
  /** For parents and carers worried about a child's or young person's sexual behaviour. */
  parents?: Planned;
  /** A line for children and young people themselves. */
  youngPeople?: Planned;
  /** Crisis lines; "elsewhere", a directory of them (Find A Helpline). */
  crisis: Planned[];
  /** The emergency number: "If your life is in danger, call 999." None: "your local emergency number". */
  emergency?: Planned;
  /** A second number for your own life, where the sheet gives one: "call 144 (or 112)". */
  ownLifeOr?: Phone;
  /** The police line, where a child in danger is its call and not the emergency number's (Germany's 110). */
  police?: Planned;
  /** The number for "a child in danger now". None: "your local emergency number". */
  childInDanger?: Phone;
  /** A second number for a child in danger, where the sheet gives one: "call 117 (or 112)". */
  childInDangerOr?: Phone;
  /** The helpline's own advice on where to turn in a crisis (GP, NHS line, Samaritans). */
  crisisAdvice: boolean;
  /**
   * Where to report sexual images of children, each with whether it can be anonymous, where
   * the sheet says (unset: the guide says nothing either way).
   */
  reporting: Planned[];
  /** The page the counsellor's card's QR code opens: the helpline's, else the programme marked for the card. */
  cardPage?: string;
  /** The helpline, where it also takes calls from professionals about a case. */
  caseAdvice?: Planned;
  /** Whether the helpline runs Inform Plus, for people arrested or convicted for online offences. */
  informPlus: boolean;
}

/** A service's page in the reader's language where it has one, else its page. */
export function pageFor(service: Pick<Service, 'url' | 'pages'>, lang: string): string | undefined {
  return service.pages?.[lang] ?? service.url;
}

/** A service's own name in the reader's language where it has one ("Parler pour changer"), else its name. */
export function nameFor(service: Pick<Service, 'name' | 'names'>, lang: string): string {
  return service.names?.[lang] ?? service.name;
}

/**
 * The numbers meant for a region. Named rule: a region's own numbers (meant for it alone)
 * come before numbers it shares with other regions, so Ireland's number leads there and
 * the UK freephone follows, for people in Ireland with a UK phone.
 */
export function phonesFor(service: Service, region: RegionId): Phone[] {
  const meant = service.phones.filter((phone) => phone.for.includes(region));
  return [...meant.filter((phone) => phone.for.length === 1), ...meant.filter((phone) => phone.for.length > 1)];
}

/**
 * Named rule: where a region has several lines of one role, a reader sees first the line
 * that is first for readers of their language (Belgium's: 1813 for Dutch readers, the
 * Centre de Prévention du Suicide for French readers); otherwise the directory's order.
 */
export function inReadersOrder<T extends Pick<Service, 'firstFor'>>(lines: readonly T[], lang: string): T[] {
  const first = (line: T) => (line.firstFor?.includes(lang) ? 0 : 1);
  return [...lines].sort((a, b) => first(a) - first(b));
}

// Named rule: the NHS and GPs the helpline's crisis advice names are the UK's.
const CRISIS_ADVICE_REGIONS: readonly RegionId[] = ['uk'];

export function regionPlan(region: RegionId, services: readonly Service[] = SERVICES): RegionPlan {
  const planned = (service: Service): Planned => ({ ...service, phones: phonesFor(service, region) });
  const here = services.filter(
    (service) => service.regions === 'anywhere' || service.regions.includes(region),
  );
  const all = (role: Role) => here.filter((service) => service.role === role).map(planned);
  const one = (role: Role): Planned | undefined => {
    const found = all(role);
    if (found.length > 1) throw new Error(`${region} has ${found.length} services with the role ${role}`);
    return found[0];
  };

  const helpline = one('helpline');
  const reachable = helpline && helpline.phones.length > 0 ? helpline : undefined;
  const familyHelpline = helpline?.alsoFor?.includes('someone-else') ? helpline : undefined;
  const familyAdvice = one('family-advice');
  const emergency = one('emergency');
  // Named rule: a child in danger is the police's call where the region has a police line.
  const police = one('police');
  const childInDanger = police ?? emergency;
  return {
    region,
    helpline,
    selfHelp: one('self-help'),
    questions: one('questions'),
    online: all('online-programme'),
    regional: all('regional-service'),
    treatment: all('treatment'),
    family: {
      helpline: familyHelpline,
      advice: familyAdvice,
      inform: helpline?.programmes?.includes('inform') ?? false,
    },
    childProtection: one('child-protection'),
    parents: one('parents-advice'),
    youngPeople: one('young-people'),
    crisis: all('crisis'),
    emergency,
    ownLifeOr: emergency?.phones[1],
    police,
    childInDanger: childInDanger?.phones[0],
    childInDangerOr: childInDanger?.phones[1],
    crisisAdvice: CRISIS_ADVICE_REGIONS.includes(region),
    reporting: all('report'),
    cardPage: helpline?.url ?? all('online-programme').find((service) => service.onCard)?.url,
    caseAdvice: reachable?.alsoFor?.includes('professional') ? reachable : undefined,
    informPlus: helpline?.programmes?.includes('inform-plus') ?? false,
  };
}
