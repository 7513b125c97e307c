/**
 * Australia: every service Signpost shows there, and how a browser is known to be there.
 * Facts from ../shared/facts/help-directory.md only.
 */
import { defineRegion, shortNumber, sheet, source } from '../../define';

export default defineRegion('au', {
  countries: ['AU'],
  numbering: { country: 'AU', callingCode: '61' },
  services: [
    {
      id: 'stop-it-now-au',
      name: 'Stop It Now! Australia',
      role: 'helpline',
      anonymous: true,
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
        source('https://www.stopitnow.org.au/how-stop-it-now-works', '2026-11-29'),
        source('https://www.stopitnow.org.au/privacy-policy/', '2026-11-29'),
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
      sources: [source('https://www.lifeline.org.au/', '2026-11-29')],
    },
    {
      id: 'kids-helpline',
      name: 'Kids Helpline',
      role: 'young-people',
      // For ages 5 to 25, 24/7, free from mobiles, landlines and payphones; private and
      // confidential unless a duty of care arises.
      regions: ['au'],
      phones: [
        { display: '1800 55 1800', e164: '+611800551800', country: 'AU', for: ['au'], cost: 'free', national: true },
      ],
      hours: { kind: 'always' },
      sources: [
        sheet('young-people-elsewhere', '2026-12-01'),
        source('https://www.openaustralia.org.au/debates/?id=2023-03-20.209.2', '2026-12-01'),
        source('https://www.copmi.net.au/resources/national-kids-helpline/', '2026-12-01'),
      ],
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
      sources: [source('https://esafety.gov.au/key-issues/Illegal-restricted-content/how-esafety-can-help', '2026-11-29')],
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
      sources: [source('https://www.accce.gov.au/help-and-support/how-and-what-to-report', '2026-11-29')],
    },
    {
      id: 'accce',
      name: 'ACCCE',
      role: 'report',
      // "Not described as anonymous" (the sheet): the guide says nothing either way.
      regions: ['au'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://www.accce.gov.au/report',
      sources: [source('https://www.accce.gov.au/help-and-support/how-and-what-to-report', '2026-11-29')],
    },
    shortNumber('emergency', '000', 'au', {
      country: 'AU',
      sources: [sheet('australia', '2026-11-29')],
    }),
  ],
});
