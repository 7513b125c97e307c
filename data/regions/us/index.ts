/**
 * The United States: every service Signpost shows there, and how a browser is known to be
 * there. Facts from ../shared/facts/help-directory.md only.
 */
import { defineRegion, shortNumber, sheet, source } from '../../define';

export default defineRegion('us', {
  countries: ['US'],
  numbering: { country: 'US', callingCode: '1' },
  services: [
    {
      id: 'stop-it-now-us',
      name: 'Stop It Now!',
      role: 'helpline',
      anonymous: true,
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
        source('https://www.stopitnow.org/about-us/news-room/press-kit/briefing-sheet-the-helpline-of-stop-it-now', '2026-11-29'),
        source('https://www.stopitnow.org/ohc-content/help-for-adults-concerned-about-their-own-thoughts-or-behaviors', '2026-11-29'),
        // "We do not need any identifying information" (its staff page, an http address).
        sheet('united-states', '2026-11-29'),
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
      sources: [sheet('united-states', '2026-11-29')],
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
      sources: [source('https://report.cybertip.org/faqs', '2026-11-29')],
    },
    shortNumber('emergency', '911', 'us', {
      country: 'US',
      sources: [sheet('united-states', '2026-11-29')],
    }),
  ],
});
