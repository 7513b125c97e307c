/**
 * Switzerland: every service Signpost shows there, and how a browser is known to be there
 * (Switzerland's own zone, not Liechtenstein's). Facts from ../shared/facts/help-directory.md
 * only (its third check, and the fourth's corrections). No prevention line is shown:
 * Beforemore's and DIS NO's numbers are in the press only, and neither has a site Signpost
 * knows. Left out on purpose: "143 is free" (a call costs at most CHF 0.20), any hours, cost
 * or anonymity for Beforemore and DIS NO, "free" or "anonymous" for Kein Täter werden
 * Schweiz as a whole, Pro Juventute's anonymity and any age, and anything in Italian.
 */
import { defineRegion, shortNumber, source } from '../../define';

const BSV_REPORT = 'https://kein-taeter-werden.ch/aktuelles/bsv-bericht';
const BAKOM =
  'https://www.bakom.admin.ch/bakom/de/home/telekommunikation/nuetzliche-infos/0900-0901-0906-nummern-die-mehr-kosten/weitere-nummern-kostenpflichtig-oder-gratis.html';
const CH_CH = 'https://ch.ch/en/road-accident-what-should-i-do';

export default defineRegion('ch', {
  countries: ['CH'],
  numbering: { country: 'CH', callingCode: '41' },
  services: [
    {
      id: 'kein-taeter-werden-ch',
      name: 'Kein Täter werden Schweiz',
      role: 'treatment',
      // The network's site lists its treatment sites. Cost and anonymity are stated only for
      // Zurich's, for Zurich's residents: neither is claimed for the network.
      regions: ['ch'],
      phones: [],
      hours: { kind: 'unknown' },
      url: 'https://www.kein-taeter-werden.ch/',
      sources: [source(BSV_REPORT, '2026-12-07')],
    },
    {
      id: 'beforemore',
      name: 'Beforemore',
      role: 'treatment',
      // "Ein niederschwelliges Beratungsangebot für die gesamte Deutschschweiz". Its number is
      // in the press only, and its own site was not found: no number, no link.
      regions: ['ch'],
      phones: [],
      hours: { kind: 'unknown' },
      languages: ['de'],
      sources: [source(BSV_REPORT, '2026-12-07')],
    },
    {
      id: 'dis-no',
      name: 'DIS NO',
      role: 'treatment',
      // French-speaking Switzerland. Its number is in old news only, and its own site was not
      // found: no number, no link, and nothing about anonymity.
      regions: ['ch'],
      phones: [],
      hours: { kind: 'unknown' },
      languages: ['fr'],
      sources: [source('https://www.skppsc.ch/fr/dis-no-pour-que-les-personnes-aux-penchants-pedophiles-disent-non/', '2026-12-07')],
    },
    {
      id: 'dargebotene-hand-143',
      name: 'Die Dargebotene Hand / La Main Tendue',
      names: { de: 'Die Dargebotene Hand', fr: 'La Main Tendue' },
      role: 'crisis',
      // Around the clock and anonymous; chat and mail on its site. Not free: "max. 20 Rp. pro
      // Anruf" (the federal telecoms office), which corrects the older "kostenlos".
      regions: ['ch'],
      phones: [{ display: '143', e164: '143', country: 'CH', shortCode: true, for: ['ch'], cost: 'max-chf-0-20' }],
      hours: { kind: 'always' },
      url: 'https://www.143.ch',
      sources: [
        source('https://www.bag-blueprint.ch/die-dargebotene-hand-tel-143', '2026-12-01'),
        source('https://www.143.ch/maenner-kampagne-2016', '2026-12-01'),
        source(BAKOM, '2026-12-07'),
        source('https://ch.ch/it/numeri-emergenza-primie-soccorsi', '2026-12-07'),
      ],
    },
    {
      id: 'pro-juventute-147',
      name: 'Pro Juventute',
      names: { de: 'Beratung + Hilfe 147', fr: 'Conseils + aide 147' },
      role: 'young-people',
      // Around the clock, free and confidential, for children and young people; WhatsApp chat
      // via 147.ch and e-mail too. "Anonymous" is in a magazine and a reprint only, and its
      // ages only in the press: neither is claimed.
      regions: ['ch'],
      phones: [{ display: '147', e164: '147', country: 'CH', shortCode: true, for: ['ch'], cost: 'free' }],
      hours: { kind: 'always' },
      sources: [
        source('https://www.projuventute.ch/de/eltern/familie-gesellschaft/147', '2026-12-07'),
        source('https://www.bag-blueprint.ch/147ch-beratung-und-hilfe-fuer-kinder-und-jugendliche', '2026-12-07'),
        source(BAKOM, '2026-12-07'),
      ],
    },
    // Your own life: the ambulance, 144, or 112; both free. Emergency calls are recorded and
    // show the caller's number (the City of Zurich's emergency pages).
    shortNumber('emergency', '144', 'ch', {
      country: 'CH',
      cost: 'free',
      or: '112',
      sources: [source(CH_CH, '2026-12-07'), source(BAKOM, '2026-12-07')],
    }),
    // A child in danger: the police, 117, or 112, which reaches the police's emergency centre.
    shortNumber('police', '117', 'ch', {
      country: 'CH',
      cost: 'free',
      or: '112',
      sources: [
        source(CH_CH, '2026-12-07'),
        source(BAKOM, '2026-12-07'),
        source('https://blog.alertswiss.ch/fr/rubrique/nouvelles-de-lofpp/journee-europeenne-du-numero-durgence-112', '2026-12-07'),
        source('https://stadt-zuerich.ch/web/de/stadtleben/notfall/notrufe/notruf-117.html', '2026-12-07'),
        source('https://www.stadt-zuerich.ch/pd/de/index/schutz_u_rettung_zuerich/einsatzkoordination/ELZ/notruf0.html', '2026-12-07'),
      ],
    }),
    {
      id: 'clickandstop',
      name: 'clickandstop.ch',
      role: 'report',
      // "Die Übermittlung geschieht anonym": the form passes no details of the sender to the
      // criminal authorities.
      anonymous: true,
      regions: ['ch'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://www.kinderschutz.ch/angebote/praeventionsangebote/clickandstop',
      sources: [source('https://www.kinderschutz.ch/angebote/praeventionsangebote/clickandstop', '2026-12-01')],
    },
  ],
});
