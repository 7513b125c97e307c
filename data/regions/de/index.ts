/**
 * Germany: every service Signpost shows there, and how a browser is known to be there.
 * Facts from ../shared/facts/help-directory.md only.
 */
import { days, defineRegion, shortNumber, sheet, source } from '../../define';

export default defineRegion('de', {
  countries: ['DE'],
  numbering: { country: 'DE', callingCode: '49' },
  services: [
    {
      id: 'kein-taeter-werden',
      name: 'Kein Täter werden',
      role: 'helpline',
      // Only the first contact can be anonymous (the sheet): its words say so, and the guide
      // never calls it a line you can use without giving your name.
      regions: ['de'],
      phones: [],
      hours: { kind: 'unknown' },
      url: 'https://www.kein-taeter-werden.de/',
      sources: [sheet('germany-and-online-programmes-for-anyone-anywhere', '2026-11-29')],
    },
    {
      id: 'telefonseelsorge',
      name: 'TelefonSeelsorge',
      role: 'crisis',
      regions: ['de'],
      phones: [
        { display: '0800 111 0 111', e164: '+498001110111', country: 'DE', for: ['de'], cost: 'free' },
        { display: '0800 111 0 222', e164: '+498001110222', country: 'DE', for: ['de'], cost: 'free' },
      ],
      hours: { kind: 'always' },
      url: 'https://www.telefonseelsorge.de/',
      sources: [sheet('germany-crisis-and-emergency', '2026-11-29')],
    },
    {
      id: 'nummer-gegen-kummer',
      name: 'Nummer gegen Kummer',
      role: 'young-people',
      // The Kinder- und Jugendtelefon: anonymous and free. Phone hours Monday to Saturday,
      // 14:00-20:00 (the ministry's page, 2020: recheck); its extra morning slot then was for
      // the pandemic, and is left out.
      regions: ['de'],
      phones: [
        { display: '116 111', e164: '116111', country: 'DE', shortCode: true, for: ['de'], cost: 'free' },
      ],
      hours: { kind: 'weekly', timeZone: 'Europe/Berlin', periods: days(1, 6, '14:00', '20:00'), holidays: ['DE', 'DE-STATES'] },
      url: 'https://www.nummergegenkummer.de',
      sources: [source('https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556', '2026-12-01')],
    },
    shortNumber('emergency', '112', 'de', {
      country: 'DE',
      cost: 'free',
      sources: [
        sheet('germany-crisis-and-emergency', '2026-11-29'),
        source('https://lka.polizei.nrw/artikel/hinweistelefon-sexueller-missbrauch-von-kindern-und-jugendlichen', '2026-11-29'),
      ],
    }),
    shortNumber('police', '110', 'de', {
      country: 'DE',
      cost: 'free',
      sources: [
        sheet('germany-crisis-and-emergency', '2026-11-29'),
        source('https://lka.polizei.nrw/artikel/hinweistelefon-sexueller-missbrauch-von-kindern-und-jugendlichen', '2026-11-29'),
      ],
    }),
    {
      id: 'internet-beschwerdestelle',
      name: 'internet-beschwerdestelle.de',
      role: 'report',
      anonymous: true,
      regions: ['de'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://www.internet-beschwerdestelle.de/en/complaint.html',
      pages: { de: 'https://www.internet-beschwerdestelle.de/de/beschwerde.html' },
      sources: [
        source('https://www.internet-beschwerdestelle.de/de/index.html', '2026-11-29'),
        source('https://www.fsm.de/fsm/beschwerdestelle/', '2026-11-29'),
      ],
    },
  ],
});
