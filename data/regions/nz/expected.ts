/**
 * What the tests expect of New Zealand, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

/** "South Island" or "North Island" in each language. */
const island = (which: 'South' | 'North') => ({
  en: { names: [new RegExp(`\\b${which} Island\\b`)] },
  cy: { names: [which === 'South' ? /Ynys y De/ : /Ynys y Gogledd/] },
  de: { names: [which === 'South' ? /Südinsel/ : /Nordinsel/] },
  nl: { names: [which === 'South' ? /Zuidereiland/ : /Noordereiland/] },
  fr: { names: [which === 'South' ? /île du Sud/ : /île du Nord/] },
  nb: { names: [which === 'South' ? /Sørøya/ : /Nordøya/] },
});

export default {
  shows: {
    helpline: ['tel:+64800044334', 'sms:4334'],
    crisis: 'tel:1737',
    ownLife: 'tel:111',
    childInDanger: 'tel:111',
    selfHelp: [],
    reporting: [
      {
        href: 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material',
        anonymous: null,
      },
    ],
    young: null,
  },
  plan: {
    helpline: 'safe-to-talk',
    phones: ['0800 044 334', '4334'],
    online: online.programmes,
    regional: ['stop-nz', 'safe-network', 'wellstop'],
    family: NO_FAMILY,
    crisis: ['need-to-talk-1737'],
    emergency: 'emergency-111-nz',
    childInDanger: '111',
    crisisAdvice: false,
    reporting: [['dia-nz', 'unstated']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['111', '1737', '4334'],
    costs: {
      'safe-to-talk 0800 044 334': 'free',
      'safe-to-talk 4334': 'free',
      'need-to-talk-1737 1737': 'free',
    },
    hours: { 'safe-to-talk': 'always', 'need-to-talk-1737': 'always' },
    anonymous: {},
    alsoFor: {},
    languages: {},
    doNotShip: ['safetotalk.nz'],
    // Each regional service names the part of the country it serves, in every language.
    words: {
      'stop-nz': { about: island('South') },
      'safe-network': { about: island('North') },
      wellstop: { about: island('North') },
    },
    never: {},
  },
} satisfies RegionExpectations;
