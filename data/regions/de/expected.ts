/**
 * What the tests expect of Germany, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    helpline: [],
    crisis: 'tel:+498001110111',
    ownLife: 'tel:112',
    childInDanger: 'tel:110',
    selfHelp: [],
    reporting: [{ href: 'https://www.internet-beschwerdestelle.de/en/complaint.html', anonymous: true }],
    young: 'tel:116111',
  },
  plan: {
    helpline: 'kein-taeter-werden',
    phones: [],
    online: online.programmes,
    regional: [],
    family: NO_FAMILY,
    youngPeople: 'nummer-gegen-kummer',
    crisis: ['telefonseelsorge'],
    emergency: 'emergency-112-de',
    police: 'police-110-de',
    childInDanger: '110',
    crisisAdvice: false,
    reporting: [['internet-beschwerdestelle', 'anonymous']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['112', '110', '116111'],
    costs: {
      'telefonseelsorge 0800 111 0 111': 'free',
      'telefonseelsorge 0800 111 0 222': 'free',
      'nummer-gegen-kummer 116 111': 'free',
      'emergency-112-de 112': 'free',
      'police-110-de 110': 'free',
    },
    hours: {
      telefonseelsorge: 'always',
      'nummer-gegen-kummer': {
        timeZone: 'Europe/Berlin',
        periods: [
          { day: 1, open: '14:00', close: '20:00' },
          { day: 2, open: '14:00', close: '20:00' },
          { day: 3, open: '14:00', close: '20:00' },
          { day: 4, open: '14:00', close: '20:00' },
          { day: 5, open: '14:00', close: '20:00' },
          { day: 6, open: '14:00', close: '20:00' },
        ],
        holidays: ['DE', 'DE-STATES'],
      },
    },
    anonymous: { 'internet-beschwerdestelle': true },
    alsoFor: {},
    languages: {},
    doNotShip: [],
    words: {},
    never: {},
  },
} satisfies RegionExpectations;
