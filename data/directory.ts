/**
 * The help directory: every number, hour and address Signpost shows.
 *
 * Facts come only from ../shared/facts/help-directory.md (or a newer official page, cited
 * the same way). Nothing marked "do not ship" there is here. Each entry names the pages
 * that state it and the date it was checked; tests/unit/data/directory.test.ts fails when
 * a check is more than 12 months old, and pins each cost, "24 hours", audience, language
 * and dialling form to the sheet. What each service keeps confidential, passes on and
 * costs is worded in the locale modules, under the service's id.
 */
import type { Hours, Period, RegionId, Service, Source, Weekday } from './types';

const CHECKED = '2026-11-29';

const source = (url: string): Source => ({ url, checked: CHECKED });
const sheet = (section: string): Source => ({
  sheet: `shared/facts/help-directory.md#${section}`,
  checked: CHECKED,
});

function days(from: Weekday, to: Weekday, open: string, close: string): Period[] {
  const periods: Period[] = [];
  for (let day = from; day <= to; day++) periods.push({ day: day as Weekday, open, close });
  return periods;
}

const STOP_IT_NOW_UK_HOURS: Hours = {
  kind: 'weekly',
  timeZone: 'Europe/London',
  periods: [...days(1, 4, '09:00', '21:00'), ...days(5, 5, '09:00', '17:00')],
  // It works from England; no page states its hours on a bank holiday (the sheet says so).
  holidays: 'GB-ENG',
};

const STOP_IT_NOW_UK_HELPLINE_PAGE = 'https://www.stopitnow.org.uk/helpline/';

export const SERVICES = [
  {
    id: 'stop-it-now-uk',
    name: 'Stop It Now!',
    role: 'helpline',
    alsoFor: ['someone-else', 'parents', 'professional'],
    regions: ['uk', 'ie'],
    phones: [
      {
        display: '0808 1000 900',
        e164: '+448081000900',
        country: 'GB',
        // Also shown in Ireland, second, for people there with a UK phone.
        for: ['uk', 'ie'],
        cost: 'free-uk',
      },
      {
        display: '+44 1372 847 161',
        e164: '+441372847161',
        country: 'GB',
        for: ['ie'],
        cost: 'charged-provider',
      },
    ],
    hours: STOP_IT_NOW_UK_HOURS,
    url: STOP_IT_NOW_UK_HELPLINE_PAGE,
    languages: ['en', 'cy'],
    programmes: ['inform', 'inform-plus'],
    sources: [
      source(STOP_IT_NOW_UK_HELPLINE_PAGE),
      source(
        'https://www.stopitnow.org.uk/how-we-prevent-child-sexual-abuse/how-the-stop-it-now-helpline-works/',
      ),
      source('https://www.stopitnow.org.uk/faq/'),
    ],
  },
  {
    id: 'stop-it-now-uk-self-help',
    name: 'Stop It Now!',
    role: 'self-help',
    regions: ['uk', 'ie'],
    phones: [],
    hours: { kind: 'always' },
    // The newer page for the "stop viewing" route (second check).
    url: 'https://www.stopitnow.org.uk/self-help/concerned-about-your-own-thoughts-or-behaviour/concerned-about-your-online-behaviour/',
    sources: [
      source(
        'https://www.stopitnow.org.uk/self-help/concerned-about-your-own-thoughts-or-behaviour/concerned-about-your-online-behaviour/',
      ),
    ],
  },
  {
    id: 'stop-it-now-uk-someone-else',
    name: 'Stop It Now!',
    role: 'family-advice',
    regions: ['uk', 'ie'],
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.stopitnow.org.uk/concerned-about-the-behaviour-of-another-adult/',
    sources: [source('https://www.stopitnow.org.uk/concerned-about-the-behaviour-of-another-adult/')],
  },
  {
    id: 'stop-it-now-uk-child-behaviour',
    name: 'Stop It Now!',
    role: 'parents-advice',
    regions: ['uk', 'ie'],
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.stopitnow.org.uk/concerned-about-a-child-or-young-persons-sexual-behaviour/',
    sources: [
      source('https://www.stopitnow.org.uk/concerned-about-a-child-or-young-persons-sexual-behaviour/'),
    ],
  },
  {
    id: 'stop-it-now-uk-faq',
    name: 'Stop It Now!',
    role: 'questions',
    regions: ['uk', 'ie'],
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.stopitnow.org.uk/faq/',
    sources: [source('https://www.stopitnow.org.uk/faq/')],
  },
  {
    id: 'childline',
    name: 'Childline',
    role: 'young-people',
    // "Anyone aged under 19 in the UK": say under 19, never under 18.
    regions: ['uk'],
    phones: [{ display: '0800 1111', e164: '+448001111', country: 'GB', for: ['uk'], cost: 'unstated' }],
    hours: { kind: 'always' },
    url: 'https://www.childline.org.uk/',
    sources: [
      source('https://www.childline.org.uk/'),
      source('https://learning.nspcc.org.uk/services/childline'),
    ],
  },
  {
    id: 'nspcc',
    name: 'NSPCC',
    role: 'child-protection',
    regions: ['uk'],
    phones: [
      { display: '0808 800 5000', e164: '+448088005000', country: 'GB', for: ['uk'], cost: 'unstated' },
    ],
    // The phone line's hours; online and email are 24 hours (said in words).
    hours: {
      kind: 'weekly',
      timeZone: 'Europe/London',
      periods: [...days(1, 5, '08:00', '22:00'), ...days(6, 7, '09:00', '18:00')],
      holidays: 'GB-ENG',
    },
    url: 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/',
    sources: [source('https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/')],
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    role: 'crisis',
    regions: ['uk', 'ie'],
    phones: [
      {
        display: '116 123',
        e164: '116123',
        country: 'GB',
        shortCode: true,
        for: ['uk', 'ie'],
        cost: 'free',
      },
    ],
    hours: { kind: 'always' },
    url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    sources: [
      source('https://www.samaritans.org/how-we-can-help/contact-samaritan/'),
      source('https://www.samaritans.org/how-we-can-help-you/how-our-service-helps/confidentiality'),
      source('https://samaritans.org/privacy-statement/samaritans-confidentiality-risk-harm'),
    ],
  },
  {
    id: 'emergency-999',
    name: '999',
    role: 'emergency',
    regions: ['uk'],
    phones: [
      { display: '999', e164: '999', country: 'GB', shortCode: true, for: ['uk'], cost: 'unstated' },
    ],
    hours: { kind: 'unknown' },
    sources: [sheet('crisis-safety-and-reporting-uk-and-ireland')],
  },
  {
    id: 'emergency-112-ie',
    name: '112',
    role: 'emergency',
    regions: ['ie'],
    phones: [
      { display: '112', e164: '112', country: 'IE', shortCode: true, for: ['ie'], cost: 'unstated' },
    ],
    hours: { kind: 'unknown' },
    sources: [sheet('crisis-safety-and-reporting-uk-and-ireland')],
  },
  {
    id: 'iwf',
    name: 'Internet Watch Foundation',
    role: 'report',
    anonymous: true,
    regions: ['uk'],
    phones: [],
    hours: { kind: 'always' },
    url: 'https://report.iwf.org.uk/',
    sources: [source('https://www.iwf.org.uk/faqs/')],
  },
  {
    id: 'ceop',
    name: 'CEOP',
    role: 'report',
    anonymous: false,
    regions: ['uk'],
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.ceop.police.uk/Safety-Centre/',
    sources: [source('https://www.ceop.police.uk/Safety-Centre/')],
  },
  {
    id: 'hotline-ie',
    name: 'Hotline.ie',
    role: 'report',
    anonymous: true,
    regions: ['ie'],
    phones: [],
    hours: { kind: 'always' },
    url: 'https://hotline.ie/report',
    sources: [source('https://hotline.ie/about'), source('https://hotline.ie/report')],
  },
  {
    id: 'stop-it-now-us',
    name: 'Stop It Now!',
    role: 'helpline',
    // "Anyone with questions about child sexual abuse can contact the Helpline"; professionals
    // are not stated (do not ship).
    alsoFor: ['someone-else'],
    regions: ['us'],
    phones: [
      {
        display: '1-888-773-8368',
        e164: '+18887738368',
        country: 'US',
        for: ['us'],
        cost: 'free-toll',
      },
    ],
    // The directory has no verified hours for the US helpline: no open/closed status.
    hours: { kind: 'unknown' },
    url: 'https://www.stopitnow.org/ohc-content/help-for-adults-concerned-about-their-own-thoughts-or-behaviors',
    sources: [
      source(
        'https://www.stopitnow.org/about-us/news-room/press-kit/briefing-sheet-the-helpline-of-stop-it-now',
      ),
      source('https://www.stopitnow.org/ohc-content/help-for-adults-concerned-about-their-own-thoughts-or-behaviors'),
    ],
  },
  {
    id: 'lifeline-988',
    name: '988 Suicide & Crisis Lifeline',
    role: 'crisis',
    regions: ['us'],
    // The sheet gives no hours for 988 (nor for the emergency numbers): say none.
    phones: [
      { display: '988', e164: '988', country: 'US', shortCode: true, for: ['us'], cost: 'unstated' },
    ],
    hours: { kind: 'unknown' },
    sources: [sheet('united-states')],
  },
  {
    id: 'ncmec',
    name: 'NCMEC CyberTipline',
    role: 'report',
    anonymous: true,
    regions: ['us'],
    phones: [
      {
        display: '1-800-843-5678',
        e164: '+18008435678',
        country: 'US',
        for: ['us'],
        cost: 'unstated',
      },
    ],
    hours: { kind: 'always' },
    url: 'https://report.cybertip.org/',
    sources: [source('https://report.cybertip.org/faqs')],
  },
  {
    id: 'emergency-911',
    name: '911',
    role: 'emergency',
    regions: ['us'],
    phones: [
      { display: '911', e164: '911', country: 'US', shortCode: true, for: ['us'], cost: 'unstated' },
    ],
    hours: { kind: 'unknown' },
    sources: [sheet('united-states')],
  },
  {
    id: 'stop-it-now-au',
    name: 'Stop It Now! Australia',
    role: 'helpline',
    // The sheet names the helpline and its anonymity; it states no other audience.
    regions: ['au'],
    phones: [
      {
        display: '1800 01 1800',
        e164: '+611800011800',
        country: 'AU',
        for: ['au'],
        cost: 'unstated',
        national: true,
      },
    ],
    // The sheet says an expanded service was due in early 2026: recheck this number.
    hours: { kind: 'unknown' },
    url: 'https://www.stopitnow.org.au/how-stop-it-now-works',
    sources: [
      source('https://www.stopitnow.org.au/how-stop-it-now-works'),
      source('https://www.stopitnow.org.au/privacy-policy/'),
    ],
  },
  {
    id: 'lifeline-au',
    name: 'Lifeline',
    role: 'crisis',
    regions: ['au'],
    phones: [
      { display: '13 11 14', e164: '+61131114', country: 'AU', for: ['au'], cost: 'free-lifeline', national: true },
      {
        display: '0477 13 11 14',
        e164: '+61477131114',
        country: 'AU',
        for: ['au'],
        cost: 'unstated',
        text: true,
      },
    ],
    hours: { kind: 'always' },
    url: 'https://www.lifeline.org.au/',
    sources: [source('https://www.lifeline.org.au/')],
  },
  {
    id: 'esafety',
    name: 'eSafety Commissioner',
    role: 'report',
    anonymous: true,
    regions: ['au'],
    phones: [],
    hours: { kind: 'always' },
    url: 'https://esafety.gov.au/report/how-to-report-serious-online-abuse-illegal-restricted-content',
    sources: [source('https://esafety.gov.au/key-issues/Illegal-restricted-content/how-esafety-can-help')],
  },
  {
    id: 'crime-stoppers-au',
    name: 'Crime Stoppers',
    role: 'report',
    anonymous: true,
    regions: ['au'],
    phones: [
      { display: '1800 333 000', e164: '+611800333000', country: 'AU', for: ['au'], cost: 'free-toll', national: true },
    ],
    hours: { kind: 'unknown' },
    sources: [source('https://www.accce.gov.au/help-and-support/how-and-what-to-report')],
  },
  {
    id: 'accce',
    name: 'ACCCE',
    role: 'report',
    // Not described as anonymous: marked so.
    anonymous: false,
    regions: ['au'],
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.accce.gov.au/report',
    sources: [source('https://www.accce.gov.au/help-and-support/how-and-what-to-report')],
  },
  {
    id: 'emergency-000',
    name: '000',
    role: 'emergency',
    regions: ['au'],
    phones: [
      { display: '000', e164: '000', country: 'AU', shortCode: true, for: ['au'], cost: 'unstated' },
    ],
    hours: { kind: 'unknown' },
    sources: [sheet('australia')],
  },
  {
    id: 'kein-taeter-werden',
    name: 'Kein Täter werden',
    role: 'helpline',
    regions: ['de'],
    phones: [],
    hours: { kind: 'unknown' },
    url: 'https://www.kein-taeter-werden.de/',
    sources: [sheet('germany-and-online-programmes-for-anyone-anywhere')],
  },
  {
    id: 'telefonseelsorge',
    name: 'TelefonSeelsorge',
    role: 'crisis',
    regions: ['de'],
    phones: [
      { display: '0800 111 0 111', e164: '+498001110111', country: 'DE', for: ['de'], cost: 'free' },
      { display: '0800 111 0 222', e164: '+498001110222', country: 'DE', for: ['de'], cost: 'free' },
    ],
    hours: { kind: 'always' },
    url: 'https://www.telefonseelsorge.de/',
    sources: [sheet('germany-crisis-and-emergency')],
  },
  {
    id: 'emergency-112-de',
    name: '112',
    role: 'emergency',
    regions: ['de'],
    phones: [
      { display: '112', e164: '112', country: 'DE', shortCode: true, for: ['de'], cost: 'free' },
    ],
    hours: { kind: 'unknown' },
    sources: [
      sheet('germany-crisis-and-emergency'),
      source('https://lka.polizei.nrw/artikel/hinweistelefon-sexueller-missbrauch-von-kindern-und-jugendlichen'),
    ],
  },
  {
    id: 'police-110-de',
    name: '110',
    role: 'police',
    regions: ['de'],
    phones: [
      { display: '110', e164: '110', country: 'DE', shortCode: true, for: ['de'], cost: 'free' },
    ],
    hours: { kind: 'unknown' },
    sources: [
      sheet('germany-crisis-and-emergency'),
      source('https://lka.polizei.nrw/artikel/hinweistelefon-sexueller-missbrauch-von-kindern-und-jugendlichen'),
    ],
  },
  {
    id: 'internet-beschwerdestelle',
    name: 'internet-beschwerdestelle.de',
    role: 'report',
    anonymous: true,
    regions: ['de'],
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.internet-beschwerdestelle.de/en/complaint.html',
    pages: { de: 'https://www.internet-beschwerdestelle.de/de/beschwerde.html' },
    sources: [
      source('https://www.internet-beschwerdestelle.de/de/index.html'),
      source('https://www.fsm.de/fsm/beschwerdestelle/'),
    ],
  },
  {
    id: 'find-a-helpline',
    name: 'Find A Helpline',
    role: 'crisis',
    regions: ['elsewhere'],
    phones: [],
    hours: { kind: 'unknown' },
    url: 'https://findahelpline.com/',
    sources: [source('https://findahelpline.com/'), source('https://findahelpline.com/AU')],
  },
  {
    id: 'troubled-desire',
    name: 'Troubled Desire',
    role: 'online-programme',
    regions: 'anywhere',
    phones: [],
    hours: { kind: 'always' },
    url: 'https://troubled-desire.com/',
    sources: [sheet('germany-and-online-programmes-for-anyone-anywhere')],
  },
  {
    id: 'redirection',
    name: 'ReDirection',
    role: 'online-programme',
    regions: 'anywhere',
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.redirectionprogram.com/',
    languages: ['en', 'es', 'fi'],
    sources: [source('https://www.redirectionprogram.com/')],
  },
  {
    id: 'prevent-it',
    name: 'Prevent It',
    role: 'online-programme',
    regions: 'anywhere',
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.iterapi.se/sites/preventit/',
    languages: ['en', 'sv', 'de', 'pt'],
    sources: [
      sheet('germany-and-online-programmes-for-anyone-anywhere'),
      source('https://iterapi.se/sites/preventit/public/3-faq'),
      source('https://news.ki.se/internet-cbt-to-prevent-child-sexual-abuse-launched-in-several-languages'),
    ],
  },
] as const satisfies readonly Service[];

export type ServiceId = (typeof SERVICES)[number]['id'];

export function getService(id: ServiceId): Service {
  const service = SERVICES.find((candidate) => candidate.id === id);
  if (!service) throw new Error(`No service with id ${id}`);
  return service;
}
