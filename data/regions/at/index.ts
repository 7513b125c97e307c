/**
 * Austria: every service Signpost shows there, and how a browser is known to be there.
 * Facts from ../shared/facts/help-directory.md only (its third check, and the fourth's
 * emergency numbers and Rat auf Draht). No prevention line is shown: Nicht Täter werden's
 * contact details were not found. Left out on purpose: any contact detail for Nicht Täter
 * werden, "free" for it and what it costs; Rat auf Draht's ages, chat address and hours; and
 * 142's chat hours (in the press only).
 */
import { defineRegion, shortNumber, source } from '../../define';

const RTR =
  'https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/informationen_fuer_konsumenten/TKKS_Notrufe.de.html';
const VIENNA_POLICE = 'https://polizei.gv.at/wien/start.aspx?ctrl=3734335266674D385951343D&nwid=6744344F4F5178367A2F493D&nwo=7';

export default defineRegion('at', {
  countries: ['AT'],
  numbering: { country: 'AT', callingCode: '43' },
  services: [
    {
      id: 'nicht-taeter-werden-at',
      name: 'Nicht Täter werden',
      role: 'treatment',
      // A project of Männerberatung Wien for men with a sexual interest in children who have
      // not offended: a therapy programme in Vienna that participants pay for. No phone,
      // e-mail, hours or anonymity were found, and no price ships.
      regions: ['at'],
      phones: [],
      hours: { kind: 'unknown' },
      url: 'https://www.nicht-taeter-werden.at/',
      sources: [source('https://www.nicht-taeter-werden.at/Hintergrund.html', '2026-12-07')],
    },
    {
      id: 'telefonseelsorge-at',
      name: 'Telefonseelsorge',
      role: 'crisis',
      // "In ganz Österreich rund um die Uhr und kostenlos zu erreichen. Jeder Anruf wird
      // vertraulich behandelt." Its online counselling's address is given without a scheme,
      // and its chat hours are in the press only: neither is shown.
      regions: ['at'],
      phones: [{ display: '142', e164: '142', country: 'AT', shortCode: true, for: ['at'], cost: 'free' }],
      hours: { kind: 'always' },
      sources: [source('https://www.katholisch.at/telefonseelsorge', '2026-12-01'), source(RTR, '2026-12-07')],
    },
    {
      id: 'rat-auf-draht-147',
      name: 'Rat auf Draht',
      role: 'young-people',
      // 147 with no area code, from all of Austria, around the clock, free and anonymous; a
      // call does not appear on the phone bill. For children, young people and the adults
      // close to them. No age, and nothing about its chat, is shown.
      regions: ['at'],
      phones: [{ display: '147', e164: '147', country: 'AT', shortCode: true, for: ['at'], cost: 'free' }],
      hours: { kind: 'always' },
      url: 'https://www.rataufdraht.at/',
      sources: [
        source('https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147', '2026-12-07'),
        source('https://www.ots.at/presseaussendung/OTS_20190909_OTS0026/rat-auf-draht-seit-20-jahren-unter-147-erreichbar', '2026-12-07'),
        source('https://www.ots.at/presseaussendung/OTS_20131213_OTS0071/die-neue-partnerschaft-fuer-rat-auf-draht', '2026-12-07'),
        source(RTR, '2026-12-07'),
      ],
    },
    // Your own life: the ambulance, 144, or 112. Emergency numbers are free from any phone,
    // around the clock; 112 reaches a police control centre.
    shortNumber('emergency', '144', 'at', {
      country: 'AT',
      cost: 'free',
      or: '112',
      sources: [source(RTR, '2026-12-07'), source(VIENNA_POLICE, '2026-12-07')],
    }),
    // A child in danger: the police, 133, or 112.
    shortNumber('police', '133', 'at', {
      country: 'AT',
      cost: 'free',
      or: '112',
      sources: [source(RTR, '2026-12-07'), source(VIENNA_POLICE, '2026-12-07')],
    }),
    {
      id: 'stopline',
      name: 'Stopline',
      role: 'report',
      // "An Stopline kann sich jeder einfach, unbürokratisch und anonym wenden."
      anonymous: true,
      regions: ['at'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://www.stopline.at/melden',
      sources: [
        source('https://www.stopline.at/de/faqs/faqs/meldungen', '2026-12-01'),
        source('https://nic.at/de/wissenswertes/sicherheit/stopline', '2026-12-01'),
      ],
    },
  ],
});
