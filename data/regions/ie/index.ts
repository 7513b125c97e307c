/**
 * Ireland: every service Signpost shows there, and how a browser is known to be there.
 * Facts from ../shared/facts/help-directory.md only.
 */
import { defineRegion, shortNumber, sheet, source } from '../../define';

export default defineRegion('ie', {
  countries: ['IE'],
  numbering: { country: 'IE', callingCode: '353' },
  // Ireland also shares the UK helpline (its own number first), Samaritans and
  // Stop It Now!'s pages: those live in uk.ts, which names Ireland among their regions.
  services: [
    shortNumber('emergency', '112', 'ie', {
      country: 'IE',
      sources: [sheet('crisis-safety-and-reporting-uk-and-ireland', '2026-11-29')],
    }),
    {
      id: 'hotline-ie',
      name: 'Hotline.ie',
      role: 'report',
      anonymous: true,
      regions: ['ie'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://hotline.ie/report',
      sources: [source('https://hotline.ie/about', '2026-11-29'), source('https://hotline.ie/report', '2026-11-29')],
    },
  ],
});
