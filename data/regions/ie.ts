/**
 * Ireland: every service Signpost shows there, and how a browser is known to be there.
 * Facts from ../shared/facts/help-directory.md only.
 */
import { defineRegion, sheet, source } from '../define';

export default defineRegion('ie', {
  countries: ['IE'],
  numbering: { country: 'IE', callingCode: '353' },
  // Ireland also shares the UK helpline (its own number first), Samaritans and
  // Stop It Now!'s pages: those live in uk.ts, which names Ireland among their regions.
  services: [
    {
      id: 'emergency-112-ie',
      name: '112',
      role: 'emergency',
      regions: ['ie'],
      phones: [
        { display: '112', e164: '112', country: 'IE', shortCode: true, for: ['ie'], cost: 'unstated' },
      ],
      hours: { kind: 'unknown' },
      sources: [sheet('crisis-safety-and-reporting-uk-and-ireland', '2026-11-29')],
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
      sources: [source('https://hotline.ie/about', '2026-11-29'), source('https://hotline.ie/report', '2026-11-29')],
    },
  ],
});
