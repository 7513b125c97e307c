/**
 * Norway: every service Signpost shows there, and how a browser is known to be there (the
 * browser reports Europe/Oslo, which the tz database links to Europe/Berlin: modules/zones.ts
 * reads each name on its own). Facts from ../shared/facts/help-directory.md only (its fourth
 * check). Left out on purpose: Det finnes hjelp's hours (its page contradicts itself), "free"
 * for it, an English-language chat, 800 99 900 as a number to call first (it is only for when
 * the chat does not work: in the words); Mental Helse's 116 123 (in the press only);
 * "anonymous" for the police's tip page; and an age for Alarmtelefonen.
 */
import { defineRegion, sheet, shortNumber, source } from '../../define';

const NKOM = 'https://nkom.no/telefoni-og-telefonnummer/nodnummer-nodanrop-og-lokalisering';
const TIPS = 'https://www.politiet.no/tjenester/tips-politiet/seksuell-utnyttelse-av-barn-pa-internett/';
const TIPS_EN = 'https://www.politiet.no/en/tjenester/tips-politiet/seksuell-utnyttelse-av-barn-pa-internett/';

export default defineRegion('no', {
  countries: ['NO'],
  numbering: { country: 'NO', callingCode: '47' },
  services: [
    {
      id: 'det-finnes-hjelp',
      name: 'Det finnes hjelp',
      role: 'helpline',
      // An anonymous chat with a psychologist, for adults from 18 with a sexual interest in
      // children. The chat is deleted when it ends; the IP address and start time are kept
      // for 7 days; booking treatment needs your name and national ID number, and treatment
      // has the usual patient fee. No number to call first, and no hours.
      anonymous: true,
      regions: ['no'],
      phones: [],
      hours: { kind: 'unknown' },
      url: 'https://detfinneshjelp.no/snakk-med-oss-anonymt',
      sources: [
        source('https://detfinneshjelp.no/snakk-med-oss-anonymt', '2026-12-07'),
        source('https://detfinneshjelp.no/en/about-privacy-and-anonymity', '2026-12-07'),
        source('https://www.helsedirektoratet.no/nyheter/skal-forebygge-seksuelle-overgrep-mot-barn', '2026-12-07'),
        source('https://www.helse-nord.no/nyheter/etablerer-behandlingstilbud-for-personer-med-seksuell-interesse-for-barn/', '2026-12-07'),
        // Its Norwegian privacy page ("slettes umiddelbart når samtalen avsluttes"), quoted
        // in the sheet without its address.
        sheet('prevention-det-finnes-hjelp-helsedirektoratet-oslo-university-hospital-runs-the-chat', '2026-12-07'),
      ],
    },
    {
      id: 'kirkens-sos',
      name: 'Kirkens SOS',
      role: 'crisis',
      // Every day, around the clock; no caller ID. A call costs what a call to an ordinary
      // landline number costs: never "free".
      regions: ['no'],
      phones: [{ display: '22 40 00 40', e164: '+4722400040', country: 'NO', for: ['no'], cost: 'landline-rate' }],
      hours: { kind: 'always' },
      url: 'https://kirkens-sos.no/telefon',
      sources: [
        source('https://kirkens-sos.no/telefon', '2026-12-07'),
        source('https://www.girku-sos.no/nordsamisk/telefon', '2026-12-07'),
        source('https://dinutvei.no/vold-i-naere-relasjoner/hva-er-kirkens-sos/', '2026-12-07'),
      ],
    },
    {
      id: 'alarmtelefonen',
      name: 'Alarmtelefonen for barn og unge',
      role: 'young-people',
      // The child welfare service's line, free, and you may contact it anonymously; every
      // contact is recorded and written down. Phone around the clock; its chat's hours are
      // not shown, and no age.
      regions: ['no'],
      phones: [{ display: '116 111', e164: '116111', country: 'NO', shortCode: true, for: ['no'], cost: 'free' }],
      hours: { kind: 'always' },
      url: 'https://www.116111.no/omalarmtelefonen',
      sources: [source('https://www.116111.no/omalarmtelefonen', '2026-12-07')],
    },
    // "If the situation is critical and about life or death, call 113."
    shortNumber('emergency', '113', 'no', {
      country: 'NO',
      sources: [
        source(NKOM, '2026-12-07'),
        source('https://www.helsenorge.no/en/psykisk-helse/mental-healthcare-for-children-and-adolescents/', '2026-12-07'),
      ],
    }),
    // "I Norge er dette nødnummeret til politiet": a child in danger now. An emergency call
    // passes on the caller's name, address and location.
    shortNumber('police', '112', 'no', {
      country: 'NO',
      sources: [source(NKOM, '2026-12-07'), source(TIPS_EN, '2026-12-07')],
    }),
    {
      id: 'politiet-tips',
      name: 'Kripos',
      role: 'report',
      // The police's tip page for websites with abuse material; Kripos handles the tips. An
      // e-mail address is optional, but "anonymous" is only on an old page: anonymous is
      // left unset, and the guide says only that you need not give your e-mail.
      regions: ['no'],
      phones: [],
      hours: { kind: 'always' },
      url: TIPS_EN,
      pages: { nb: TIPS },
      sources: [source(TIPS, '2026-12-07'), source(TIPS_EN, '2026-12-07')],
    },
  ],
});
