/**
 * New Zealand: every service Signpost shows there, and how a browser is known to be there.
 * Facts from ../shared/facts/help-directory.md only (its third check). New Zealand has no
 * Stop It Now!-style national line: the government's Keep It Real Online page lists a
 * national helpline and three regional services. Left out on purpose: Safe to talk's own
 * site, who it is for and its anonymity (in the press only), Stand Strong, Walk Tall (no
 * address or number verified), and Netsafe (not the route for reporting images).
 */
import { defineRegion, shortNumber, sheet, source } from '../../define';

const KEEP_IT_REAL_ONLINE =
  'https://keepitrealonline.govt.nz/mi/parents/what-is-online-child-sexual-exploitation/identifying-the-risks';
const DIA_REPORT = 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material';

export default defineRegion('nz', {
  countries: ['NZ'],
  numbering: { country: 'NZ', callingCode: '64' },
  services: [
    {
      id: 'safe-to-talk',
      name: 'Safe to talk',
      role: 'helpline',
      // The national sexual-harm helpline, on the government's list for people concerned
      // about their own thoughts: "confidential help and support 24/7 … for free on
      // 0800 044 334 or by free texting 4334".
      regions: ['nz'],
      phones: [
        { display: '0800 044 334', e164: '+64800044334', country: 'NZ', for: ['nz'], cost: 'free' },
        { display: '4334', e164: '4334', country: 'NZ', shortCode: true, for: ['nz'], cost: 'free', text: true },
      ],
      hours: { kind: 'always' },
      sources: [
        source(KEEP_IT_REAL_ONLINE, '2026-12-01'),
        source('https://keepitrealonline.govt.nz/zh/youth/harmful-and-illegal-content/online-child-sexual-exploitation', '2026-12-01'),
      ],
    },
    {
      id: 'stop-nz',
      name: 'STOP',
      role: 'regional-service',
      // The South Island (Te Waipounamu).
      regions: ['nz'],
      phones: [{ display: '03 353 0257', e164: '+6433530257', country: 'NZ', for: ['nz'], cost: 'unstated' }],
      hours: { kind: 'unknown' },
      url: 'https://www.stop.org.nz/',
      sources: [
        source(KEEP_IT_REAL_ONLINE, '2026-12-01'),
        source('https://www.stop.org.nz/i-am-a-whanau-member', '2026-12-01'),
      ],
    },
    {
      id: 'safe-network',
      name: 'Safe Network',
      role: 'regional-service',
      // The upper North Island.
      regions: ['nz'],
      phones: [{ display: '09 377 9898', e164: '+6493779898', country: 'NZ', for: ['nz'], cost: 'unstated' }],
      hours: { kind: 'unknown' },
      sources: [source(KEEP_IT_REAL_ONLINE, '2026-12-01')],
    },
    {
      id: 'wellstop',
      name: 'WellStop',
      role: 'regional-service',
      // The lower North Island.
      regions: ['nz'],
      phones: [{ display: '04 566 4745', e164: '+6445664745', country: 'NZ', for: ['nz'], cost: 'unstated' }],
      hours: { kind: 'unknown' },
      sources: [source(KEEP_IT_REAL_ONLINE, '2026-12-01')],
    },
    {
      id: 'need-to-talk-1737',
      name: '1737 Need to talk?',
      role: 'crisis',
      regions: ['nz'],
      // "Free to call or text from any landline or mobile phone, 24 hours a day, 7 days a week."
      phones: [
        { display: '1737', e164: '1737', country: 'NZ', shortCode: true, for: ['nz'], cost: 'free' },
        { display: '1737', e164: '1737', country: 'NZ', shortCode: true, for: ['nz'], cost: 'free', text: true },
      ],
      hours: { kind: 'always' },
      sources: [sheet('new-zealand', '2026-12-01')],
    },
    // "If you or someone you know is in immediate danger, call 111 now."
    shortNumber('emergency', '111', 'nz', {
      country: 'NZ',
      sources: [source(DIA_REPORT, '2026-12-01'), sheet('new-zealand', '2026-12-01')],
    }),
    {
      id: 'dia-nz',
      name: 'Department of Internal Affairs',
      role: 'report',
      // A contact email is optional, but the page never says "anonymous": anonymous is left
      // unset, and the guide says only that you need not give an email address.
      regions: ['nz'],
      phones: [],
      hours: { kind: 'always' },
      url: DIA_REPORT,
      sources: [source(DIA_REPORT, '2026-12-01')],
    },
  ],
});
