/**
 * What each place shows, written out by hand from the fact sheet: for every region, the
 * helpline's numbers, the crisis line, the line for the person's own life, the number for a
 * child in danger, the self-help pages and the reporting routes with their anonymity. The
 * unit suite checks it against the data and the rendered pages in every language; the
 * Chromium suite checks the real extension against it.
 */
import { SERVICES } from '@/data/directory';
import type { RegionId } from '@/data/directory';
import type { Service } from '@/data/types';
import { dialHref } from '@/lib/dial';
import type { Translator } from '@/locales';

export interface Place {
  region: RegionId;
  /** The helpline's numbers, the one shown large first. */
  helpline: string[];
  /** The crisis line's link: a number, or a directory of helplines. */
  crisis: string;
  /** The number for "if your life is in danger"; null: "your local emergency number". */
  ownLife: string | null;
  /** The number for "a child in danger now"; null: "your local emergency number". */
  childInDanger: string | null;
  /** The region's own self-help pages, in the guide. */
  selfHelp: string[];
  /**
   * Where to report, with whether it can be anonymous, in the guide; null where the sheet
   * says neither, and the guide says nothing about it.
   */
  reporting: { href: string; anonymous: boolean | null }[];
  /** The young people's line, in the guide; null where the sheet confirms none. */
  young: string | null;
}

const UK_SELF_HELP = [
  'https://www.stopitnow.org.uk/self-help/concerned-about-your-own-thoughts-or-behaviour/concerned-about-your-online-behaviour/',
  'https://www.stopitnow.org.uk/faq/',
];

export const PLACES: Place[] = [
  {
    region: 'uk',
    helpline: ['tel:+448081000900'],
    crisis: 'tel:116123',
    ownLife: 'tel:999',
    childInDanger: 'tel:999',
    selfHelp: UK_SELF_HELP,
    reporting: [
      { href: 'https://report.iwf.org.uk/', anonymous: true },
      { href: 'https://www.ceop.police.uk/Safety-Centre/', anonymous: false },
    ],
    young: 'tel:+448001111',
  },
  {
    region: 'ie',
    helpline: ['tel:+441372847161', 'tel:+448081000900'],
    crisis: 'tel:116123',
    ownLife: 'tel:112',
    childInDanger: 'tel:112',
    selfHelp: UK_SELF_HELP,
    reporting: [{ href: 'https://hotline.ie/report', anonymous: true }],
    young: null,
  },
  {
    region: 'us',
    helpline: ['tel:+18887738368'],
    crisis: 'tel:988',
    ownLife: 'tel:911',
    childInDanger: 'tel:911',
    selfHelp: [],
    reporting: [{ href: 'https://report.cybertip.org/', anonymous: true }],
    young: null,
  },
  {
    region: 'au',
    // National-only numbers, dialled as they are inside Australia.
    helpline: ['tel:1800011800'],
    crisis: 'tel:131114',
    ownLife: 'tel:000',
    childInDanger: 'tel:000',
    selfHelp: [],
    reporting: [
      { href: 'https://esafety.gov.au/report/how-to-report-serious-online-abuse-illegal-restricted-content', anonymous: true },
      { href: 'tel:1800333000', anonymous: true },
      { href: 'https://www.accce.gov.au/report', anonymous: false },
    ],
    young: 'tel:1800551800',
  },
  {
    region: 'de',
    helpline: [],
    crisis: 'tel:+498001110111',
    ownLife: 'tel:112',
    // The police, not 112.
    childInDanger: 'tel:110',
    selfHelp: [],
    reporting: [{ href: 'https://www.internet-beschwerdestelle.de/en/complaint.html', anonymous: true }],
    young: 'tel:116111',
  },
  {
    region: 'nl',
    helpline: ['tel:+318002666436'],
    // 113 first; 0800-0113 is its free number.
    crisis: 'tel:113',
    ownLife: 'tel:112',
    childInDanger: 'tel:112',
    selfHelp: [],
    reporting: [{ href: 'https://meldpunt-kinderporno.nl/', anonymous: true }],
    young: 'tel:+318000432',
  },
  {
    region: 'be',
    helpline: ['tel:+3280014112'],
    crisis: 'tel:1813',
    ownLife: 'tel:112',
    childInDanger: 'tel:112',
    selfHelp: [],
    reporting: [{ href: 'https://www.stopchildporno.be', anonymous: true }],
    young: null,
  },
  {
    region: 'fr',
    helpline: ['tel:+33806231063'],
    crisis: 'tel:3114',
    ownLife: 'tel:112',
    childInDanger: 'tel:112',
    selfHelp: [],
    reporting: [
      { href: 'https://www.internet-signalement.gouv.fr/', anonymous: false },
      // The sheet does not say whether it can be anonymous: the guide says neither.
      { href: 'https://www.pointdecontact.net', anonymous: null },
    ],
    young: null,
  },
  {
    region: 'nz',
    // The call number; its free text line (4334) follows.
    helpline: ['tel:+64800044334', 'sms:4334'],
    crisis: 'tel:1737',
    ownLife: 'tel:111',
    childInDanger: 'tel:111',
    selfHelp: [],
    // A contact email is optional; the page never says "anonymous": the guide says neither.
    reporting: [{ href: 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material', anonymous: null }],
    young: null,
  },
  {
    region: 'elsewhere',
    helpline: [],
    crisis: 'https://findahelpline.com/',
    ownLife: null,
    childInDanger: null,
    selfHelp: [],
    reporting: [],
    young: null,
  },
];

/** Every address a region's own services offer (numbers as dialled, pages in any language). */
export function addressesOf(region: RegionId): Set<string> {
  const here = (SERVICES as readonly Service[]).filter((service) => service.regions !== 'anywhere' && service.regions.includes(region));
  return new Set(
    here.flatMap((service) => [
      ...service.phones.filter((phone) => phone.for.includes(region)).map(dialHref),
      ...(service.url ? [service.url] : []),
      ...Object.values(service.pages ?? {}),
    ]),
  );
}

/** A report page may be in the reader's language; the table names the default one. */
function reportHref(href: string, lang: string): string {
  const service = (SERVICES as readonly Service[]).find((candidate) => candidate.url === href);
  return service?.pages?.[lang] ?? href;
}

const hrefs = (root: ParentNode | null, selector = 'a[href]') =>
  [...(root?.querySelectorAll<HTMLAnchorElement>(selector) ?? [])].map((link) => link.getAttribute('href') ?? '');

/** Spaces as a reader sees them: French puts a no-break space before a colon. */
const words = (sentence: string) => sentence.replace(/\s+/g, ' ').trim();
const text = (element: Element | null | undefined) => words(element?.textContent ?? '');

/**
 * What is wrong with a rendered page against its place, in words; nothing when it is
 * right. Works on any Document: jsdom in the unit suite, a real browser's markup in the
 * end-to-end suite.
 */
export function problemsWith(doc: Document, place: Place, page: 'popup' | 'guide', tr: Translator): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${place.region}, ${tr.lang}, ${page}: ${what}`);
  };
  const phoneText = (href: string) => {
    const link = doc.querySelector(`a[href="${href}"]`);
    return text(link);
  };

  // The helpline: its first number is the first link of the page's main content.
  const main = doc.querySelector('main');
  // Numbers to call (tel:) and text (sms:).
  const tels = hrefs(main, 'a[href^="tel:"], a[href^="sms:"]');
  if (place.helpline.length > 0) {
    expect(hrefs(main)[0] === place.helpline[0] || page === 'guide', `the helpline ${place.helpline[0]} is not the first link`);
    for (const number of place.helpline) expect(tels.includes(number), `no helpline number ${number}`);
  }

  // The help-now box, on both pages, always in view.
  const box = doc.querySelector('section.crisis');
  expect(box !== null, 'no help-now box');
  expect(hrefs(box?.querySelector('.crisis-line') ?? null).includes(place.crisis), `no crisis line ${place.crisis}`);
  const boxes: ParentNode[] = box ? [box] : [];
  const crisisSection = doc.getElementById('crisis');
  if (page === 'guide') {
    expect(crisisSection !== null, 'no crisis section');
    if (crisisSection) boxes.push(crisisSection);
    expect(hrefs(crisisSection).includes(place.crisis), `the crisis section lacks ${place.crisis}`);
    expect(text(crisisSection).includes(words(tr.t('crisis.suicide'))), 'the crisis section does not name suicidal thoughts');
  }
  for (const where of boxes) {
    const ownLife = where.querySelector('.own-life');
    const wanted = words(
      place.ownLife ? tr.t('helpNow.ownLife', { number: phoneText(place.ownLife) }) : tr.t('helpNow.ownLifeElsewhere'),
    );
    expect(text(ownLife) === wanted, `own-life line is "${text(ownLife)}", not "${wanted}"`);
    expect(hrefs(ownLife)[0] === (place.ownLife ?? undefined), `own-life line dials ${hrefs(ownLife)[0]}`);
    const child = where.querySelector('.child-in-danger');
    expect(hrefs(child)[0] === (place.childInDanger ?? undefined), `a child in danger dials ${hrefs(child)[0]}`);
  }

  if (page === 'guide') {
    const self = doc.getElementById('self');
    for (const href of place.selfHelp) expect(hrefs(self).includes(href), `self-help lacks ${href}`);
    const report = doc.getElementById('report');
    const shown = [...(report?.querySelectorAll('.service') ?? [])];
    expect(shown.length === place.reporting.length, `${shown.length} reporting routes, not ${place.reporting.length}`);
    const young = doc.getElementById('young');
    if (place.young) expect(hrefs(young).includes(place.young), `the young people's section lacks ${place.young}`);
    else expect(hrefs(young, 'a[href^="tel:"]').every((href) => href === place.childInDanger), 'a young people\'s line the sheet does not confirm');
    if (place.reporting.length > 0) expect(text(report).includes(words(tr.t('report.warning'))), 'no warning against saving an image');
    place.reporting.forEach(({ href, anonymous }, index) => {
      const item = shown[index];
      const wanted = reportHref(href, tr.lang);
      expect(hrefs(item ?? null).includes(wanted), `report route ${index + 1} is not ${wanted}`);
      if (anonymous === null) {
        for (const note of [words(tr.t('report.anonymous')), words(tr.t('report.notAnonymous'))]) {
          expect(!text(item).includes(note), `report route ${wanted} says "${note}"`);
        }
        return;
      }
      const note = words(tr.t(anonymous ? 'report.anonymous' : 'report.notAnonymous'));
      expect(text(item).includes(note), `report route ${wanted} does not say "${note}"`);
    });
  }
  return problems;
}
