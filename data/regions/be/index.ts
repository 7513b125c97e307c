/**
 * Belgium: every service Signpost shows there, and how a browser is known to be there.
 * Facts from ../shared/facts/help-directory.md only (its third check). Left out on purpose:
 * Flanders' Stop it Now! and SéOS (their numbers are in the press only), Awel (likewise),
 * and what happens to a report made to Child Focus (two versions disagree).
 */
import type { Hours } from '../../types';
import { defineRegion, shortNumber, sheet, source } from '../../define';

// "ouverte les lundis de 14h00 à 16h00, les mercredis de 17h00 à 19h00 et les vendredis de
// 10h00 à 12h00". No page states its hours on a public holiday.
const STOP_IT_NOW_BRUXELLES_HOURS: Hours = {
  kind: 'weekly',
  timeZone: 'Europe/Brussels',
  periods: [
    { day: 1, open: '14:00', close: '16:00' },
    { day: 3, open: '17:00', close: '19:00' },
    { day: 5, open: '10:00', close: '12:00' },
  ],
  holidays: ['BE'],
};

export default defineRegion('be', {
  countries: ['BE'],
  numbering: { country: 'BE', callingCode: '32' },
  services: [
    {
      id: 'stop-it-now-bruxelles',
      name: 'Stop it Now! Bruxelles',
      role: 'helpline',
      // "vous n'avez à révéler ni votre identité, ni votre lieu de résidence précis". Who
      // else it is for is not in the stored page.
      anonymous: true,
      regions: ['be'],
      phones: [
        { display: '0800 14 112', e164: '+3280014112', country: 'BE', for: ['be'], cost: 'free' },
      ],
      hours: STOP_IT_NOW_BRUXELLES_HOURS,
      url: 'https://stopitnow.brussels/contact/',
      sources: [source('https://stopitnow.brussels/contact/', '2026-12-01')],
    },
    {
      id: 'zelfmoordlijn-1813',
      name: 'Zelfmoordlijn 1813',
      role: 'crisis',
      firstFor: ['nl'],
      regions: ['be'],
      phones: [
        { display: '1813', e164: '1813', country: 'BE', shortCode: true, for: ['be'], cost: 'free' },
      ],
      // The phone line, 24/7; its chat's hours are in conflict, so they are not shown.
      hours: { kind: 'always' },
      url: 'https://www.zelfmoord1813.be',
      sources: [
        source('https://zelfmoord1813.be/blog/chat-zelfmoordlijn-langer-geopend', '2026-12-01'),
        sheet('belgium-reporting-crisis-emergency-young-people', '2026-12-01'),
      ],
    },
    {
      id: 'centre-prevention-suicide',
      name: 'Centre de Prévention du Suicide',
      role: 'crisis',
      firstFor: ['fr'],
      regions: ['be'],
      // Only a third party calls it free: its cost is not stated. Its page is an http
      // address, so it is not linked.
      phones: [
        { display: '0800 32 123', e164: '+3280032123', country: 'BE', for: ['be'], cost: 'unstated' },
      ],
      // "24 heures sur 24".
      hours: { kind: 'always' },
      sources: [sheet('belgium-reporting-crisis-emergency-young-people', '2026-12-01')],
    },
    // 101 is the urgent police number, not a line for a child in danger: 112 is.
    shortNumber('emergency', '112', 'be', {
      country: 'BE',
      cost: 'free',
      sources: [
        source('https://www.police.be/5998/fr/contact/numeros-durgence', '2026-12-01'),
        sheet('belgium-reporting-crisis-emergency-young-people', '2026-12-01'),
      ],
    }),
    {
      id: 'child-focus',
      name: 'Child Focus',
      role: 'report',
      anonymous: true,
      regions: ['be'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://www.stopchildporno.be',
      sources: [
        source('https://childfocus.be/nl/seksuele-uitbuiting/kinderpornografie/burgerlijk-meldpunt', '2026-12-01'),
        source('https://childfocus.be/en/report-child-pornography', '2026-12-01'),
      ],
    },
  ],
});
