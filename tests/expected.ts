/**
 * What each region's tests expect (data/regions/<id>/expected.ts, written by hand from the
 * fact sheet), gathered in the picker's order, and what a rendered page must show of them:
 * the unit suite checks them against the data and the pages in every language; the browser
 * suites check the real extension against them.
 */
import type { RegionExpectations, Shows } from '@/data/expectations';
import { REGION_IDS, type RegionId, SERVICES } from '@/data/directory';
import type { Service } from '@/data/types';
import { dialHref } from '@/lib/dial';
import type { Translator } from '@/locales';

const FOUND = import.meta.glob<RegionExpectations>('../data/regions/*/expected.ts', { import: 'default', eager: true });

/** Each region's expectations, by its id; a region with none fails here. */
export const EXPECTED: readonly (RegionExpectations & { region: RegionId })[] = REGION_IDS.map((region) => {
  const expected = FOUND[`../data/regions/${region}/expected.ts`];
  if (!expected) throw new Error(`data/regions/${region}/expected.ts is missing`);
  return { ...expected, region };
});

export const expectedOf = (region: RegionId) => EXPECTED.find((row) => row.region === region)!;

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
 * What is wrong with a rendered page against what its region shows, in words; nothing when it is
 * right. Works on any Document: jsdom in the unit suite, a real browser's markup in the
 * end-to-end suite.
 */
export function problemsWith(doc: Document, region: RegionId, shows: Shows, page: 'popup' | 'guide', tr: Translator): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${region}, ${tr.lang}, ${page}: ${what}`);
  };
  const phoneText = (href: string) => {
    const link = doc.querySelector(`a[href="${href}"]`);
    return text(link);
  };

  // The helpline: its first number is the first link of the page's main content.
  const main = doc.querySelector('main');
  // Numbers to call (tel:) and text (sms:).
  const tels = hrefs(main, 'a[href^="tel:"], a[href^="sms:"]');
  if (shows.helpline.length > 0) {
    expect(hrefs(main)[0] === shows.helpline[0] || page === 'guide', `the helpline ${shows.helpline[0]} is not the first link`);
    // The popup: the number to call first and a text line; a further number to call is the guide's.
    const shown = page === 'popup' ? shows.helpline.filter((number, index) => index === 0 || number.startsWith('sms:')) : shows.helpline;
    for (const number of shown) expect(tels.includes(number), `no helpline number ${number}`);
    for (const number of shows.helpline.filter((number) => !shown.includes(number))) expect(!tels.includes(number), `the popup shows the further number ${number}`);
  }

  // The help-now box, on both pages, always in view.
  const box = doc.querySelector('section.crisis');
  expect(box !== null, 'no help-now box');
  const crisisLines = [...(box?.querySelectorAll('.crisis-line') ?? [])];
  expect(crisisLines.some((line) => hrefs(line).includes(shows.crisis)), `no crisis line ${shows.crisis}`);
  const first = shows.crisisFirst?.[tr.lang] ?? shows.crisis;
  expect(hrefs(crisisLines[0] ?? null).includes(first), `the first crisis line is not ${first}`);
  const boxes: ParentNode[] = box ? [box] : [];
  const crisisSection = doc.getElementById('crisis');
  if (page === 'guide') {
    expect(crisisSection !== null, 'no crisis section');
    if (crisisSection) boxes.push(crisisSection);
    expect(hrefs(crisisSection).includes(shows.crisis), `the crisis section lacks ${shows.crisis}`);
    expect(text(crisisSection).includes(words(tr.t('crisis.suicide'))), 'the crisis section does not name suicidal thoughts');
  }
  for (const where of boxes) {
    const ownLife = where.querySelector('.own-life');
    const wanted = words(
      !shows.ownLife
        ? tr.t('helpNow.ownLifeElsewhere')
        : shows.ownLifeOr
          ? tr.t('helpNow.ownLifeOr', { number: phoneText(shows.ownLife), otherNumber: phoneText(shows.ownLifeOr) })
          : tr.t('helpNow.ownLife', { number: phoneText(shows.ownLife) }),
    );
    expect(text(ownLife) === wanted, `own-life line is "${text(ownLife)}", not "${wanted}"`);
    expect(hrefs(ownLife)[0] === (shows.ownLife ?? undefined), `own-life line dials ${hrefs(ownLife)[0]}`);
    expect(hrefs(ownLife)[1] === shows.ownLifeOr, `own-life line's second number is ${hrefs(ownLife)[1]}`);
    const child = where.querySelector('.child-in-danger');
    expect(hrefs(child)[0] === (shows.childInDanger ?? undefined), `a child in danger dials ${hrefs(child)[0]}`);
    expect(hrefs(child)[1] === shows.childInDangerOr, `a child in danger's second number is ${hrefs(child)[1]}`);
  }

  if (page === 'guide') {
    const self = doc.getElementById('self');
    for (const href of shows.selfHelp) expect(hrefs(self).includes(href), `self-help lacks ${href}`);
    for (const href of shows.treatment ?? []) expect(hrefs(self).includes(href), `the own section does not name the treatment at ${href}`);
    const report = doc.getElementById('report');
    const shown = [...(report?.querySelectorAll('.service') ?? [])];
    expect(shown.length === shows.reporting.length, `${shown.length} reporting routes, not ${shows.reporting.length}`);
    const young = doc.getElementById('young');
    if (shows.young) expect(hrefs(young).includes(shows.young), `the young people's section lacks ${shows.young}`);
    else expect(hrefs(young, 'a[href^="tel:"]').every((href) => href === shows.childInDanger), 'a young people\'s line the sheet does not confirm');
    if (shows.reporting.length > 0) expect(text(report).includes(words(tr.t('report.warning'))), 'no warning against saving an image');
    shows.reporting.forEach(({ href, anonymous }, index) => {
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
