/**
 * The United Kingdom: every service Signpost shows there, and how a browser is known to be
 * there. Facts from ../shared/facts/help-directory.md only.
 */
import type { Hours } from '../../types';
import { days, defineRegion, shortNumber, sheet, source } from '../../define';

const STOP_IT_NOW_UK_HOURS: Hours = {
  kind: 'weekly',
  timeZone: 'Europe/London',
  periods: [...days(1, 4, '09:00', '21:00'), ...days(5, 5, '09:00', '17:00')],
  // No page states its hours on a bank holiday (the sheet says so), and UK bank holidays
  // differ by nation: a bank holiday anywhere in the UK is a day Signpost cannot vouch for.
  holidays: ['GB-ENG', 'GB-SCT', 'GB-NIR'],
};

const STOP_IT_NOW_UK_HELPLINE_PAGE = 'https://www.stopitnow.org.uk/helpline/';

export default defineRegion('uk', {
  countries: ['GB'],
  numbering: { country: 'GB', callingCode: '44' },
  services: [
    {
      id: 'stop-it-now-uk',
      name: 'Stop It Now!',
      role: 'helpline',
      anonymous: true,
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
        source(STOP_IT_NOW_UK_HELPLINE_PAGE, '2026-11-29'),
        source('https://www.stopitnow.org.uk/how-we-prevent-child-sexual-abuse/how-the-stop-it-now-helpline-works/', '2026-11-29'),
        source('https://www.stopitnow.org.uk/faq/', '2026-11-29'),
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
        source('https://www.stopitnow.org.uk/self-help/concerned-about-your-own-thoughts-or-behaviour/concerned-about-your-online-behaviour/', '2026-11-29'),
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
      sources: [source('https://www.stopitnow.org.uk/concerned-about-the-behaviour-of-another-adult/', '2026-11-29')],
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
        source('https://www.stopitnow.org.uk/concerned-about-a-child-or-young-persons-sexual-behaviour/', '2026-11-29'),
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
      sources: [source('https://www.stopitnow.org.uk/faq/', '2026-11-29')],
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
        source('https://www.childline.org.uk/', '2026-11-29'),
        source('https://learning.nspcc.org.uk/services/childline', '2026-11-29'),
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
        holidays: ['GB-ENG', 'GB-SCT', 'GB-NIR'],
      },
      url: 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/',
      sources: [source('https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/', '2026-11-29')],
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
        source('https://www.samaritans.org/how-we-can-help/contact-samaritan/', '2026-11-29'),
        source('https://www.samaritans.org/how-we-can-help-you/how-our-service-helps/confidentiality', '2026-11-29'),
        source('https://samaritans.org/privacy-statement/samaritans-confidentiality-risk-harm', '2026-11-29'),
      ],
    },
    shortNumber('emergency', '999', 'uk', {
      country: 'GB',
      sources: [sheet('crisis-safety-and-reporting-uk-and-ireland', '2026-11-29')],
    }),
    {
      id: 'iwf',
      name: 'Internet Watch Foundation',
      role: 'report',
      anonymous: true,
      regions: ['uk'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://report.iwf.org.uk/',
      sources: [source('https://www.iwf.org.uk/faqs/', '2026-11-29')],
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
      sources: [source('https://www.ceop.police.uk/Safety-Centre/', '2026-11-29')],
    },
  ],
});
