/**
 * The Netherlands: every service Signpost shows there, and how a browser is known to be
 * there. Facts from ../shared/facts/help-directory.md only (its third check). Left out on
 * purpose: the police's WhatsApp number (it asks people to send images), the hotline's new
 * address (not yet read on an official page), and any hours (none verified).
 */
import { defineRegion, shortNumber, sheet, source } from '../../define';

export default defineRegion('nl', {
  countries: ['NL'],
  numbering: { country: 'NL', callingCode: '31' },
  services: [
    {
      id: 'stop-it-now-nl',
      name: 'Stop it Now!',
      role: 'helpline',
      anonymous: true,
      // For the people around them (partners, family) too. It is for professionals as well,
      // but no page says it advises on a case: its words say so, not "advice about a case".
      alsoFor: ['someone-else'],
      regions: ['nl'],
      phones: [
        { display: '0800 266 64 36', e164: '+318002666436', country: 'NL', for: ['nl'], cost: 'free' },
      ],
      // Hours are not verified (the sheet: "Helpline opening hours are available on the
      // website"): no open/closed status. What it passes on is not stated either.
      hours: { kind: 'unknown' },
      url: 'https://downloaders.stopitnow.nl/informatie/faq/',
      sources: [
        source('https://downloaders.stopitnow.nl/informatie/faq/', '2026-12-01'),
        source('https://www.eokm.nl/5-jaar-stop-it-now/', '2026-12-01'),
        source('https://offlimits.nl/nieuws/enorme-stijging-hulpvragen-vanwege-seksueel-gedrag-enof-gevoelens-richting-minderjarigen', '2026-12-01'),
        sheet('netherlands-stop-it-now-offlimits-formerly-eokm', '2026-12-01'),
      ],
    },
    {
      id: 'zelfmoordpreventie-113',
      name: '113 Zelfmoordpreventie',
      role: 'crisis',
      regions: ['nl'],
      phones: [
        // Two 113.nl pages disagree on whether 113 itself is free: say nothing of its cost.
        { display: '113', e164: '113', country: 'NL', shortCode: true, for: ['nl'], cost: 'unstated' },
        { display: '0800-0113', e164: '+318000113', country: 'NL', for: ['nl'], cost: 'free' },
      ],
      // "24/7" is stated only in the press: no hours.
      hours: { kind: 'unknown' },
      url: 'https://www.113.nl',
      sources: [
        source('https://www.113.nl/schoolopdracht', '2026-12-01'),
        source('https://www.113.nl/qa-nummerwijziging-113-en-gratis-nummer-0800-0113', '2026-12-01'),
      ],
    },
    // "Is een kind in direct gevaar? Bel dan het alarmnummer 112."
    shortNumber('emergency', '112', 'nl', {
      country: 'NL',
      sources: [
        source('https://www.politie.nl/informatie/dit-kunt-u-doen-als-u-kinderporno-tegenkomt-op-het-internet.html', '2026-12-01'),
        source('https://meldpunt-kinderporno.nl/wat-melden', '2026-12-01'),
      ],
    }),
    {
      id: 'veilig-thuis',
      name: 'Veilig Thuis',
      role: 'child-protection',
      regions: ['nl'],
      phones: [{ display: '0800-2000', e164: '+318002000', country: 'NL', for: ['nl'], cost: 'free' }],
      hours: { kind: 'always' },
      sources: [
        source('https://www.veiligthuisnoordoostgelderland.nl/anoniem-melden/', '2026-12-01'),
        source('https://www.meldpunt-kinderporno.nl/wat-melden/', '2026-12-01'),
      ],
    },
    {
      id: 'kindertelefoon',
      name: 'De Kindertelefoon',
      role: 'young-people',
      // For 8 to 18 year olds. The sheet cites no page of its own site: no link, and
      // no hours (the only hours are in the press).
      regions: ['nl'],
      phones: [{ display: '0800-0432', e164: '+318000432', country: 'NL', for: ['nl'], cost: 'free' }],
      hours: { kind: 'unknown' },
      sources: [
        source('https://www.meldknop.nl/lastigvallen/stalking/', '2026-12-01'),
        source('https://www.vriendenkindertelefoon.nl/kindertelefoon', '2026-12-01'),
      ],
    },
    {
      id: 'meldpunt-kinderporno',
      name: 'Meldpunt Kinderporno',
      role: 'report',
      anonymous: true,
      regions: ['nl'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://meldpunt-kinderporno.nl/',
      sources: [
        source('https://meldpunt-kinderporno.nl/faq', '2026-12-01'),
        source('https://meldpunt-kinderporno.nl/wat-melden', '2026-12-01'),
      ],
    },
  ],
});
