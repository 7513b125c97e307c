/**
 * What the tests expect of Austria, written by hand from ../shared/facts/help-directory.md
 * (its third check, and the fourth's): what its pages show, its plan, and its facts pinned
 * to the sheet (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    // No prevention line with contact details: the popup leads with the online programmes,
    // and the guide names Nicht Täter werden.
    helpline: [],
    crisis: 'tel:142',
    ownLife: 'tel:144',
    ownLifeOr: 'tel:112',
    childInDanger: 'tel:133',
    childInDangerOr: 'tel:112',
    selfHelp: [],
    treatment: ['https://www.nicht-taeter-werden.at/'],
    reporting: [{ href: 'https://www.stopline.at/melden', anonymous: true }],
    young: 'tel:147',
  },
  plan: {
    phones: [],
    online: online.programmes,
    regional: [],
    treatment: ['nicht-taeter-werden-at'],
    family: NO_FAMILY,
    youngPeople: 'rat-auf-draht-147',
    crisis: ['telefonseelsorge-at'],
    emergency: 'emergency-144-at',
    ownLifeOr: '112',
    police: 'police-133-at',
    childInDanger: '133',
    childInDangerOr: '112',
    crisisAdvice: false,
    reporting: [['stopline', 'anonymous']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['112', '133', '144', '142', '147'],
    costs: {
      'telefonseelsorge-at 142': 'free',
      'rat-auf-draht-147 147': 'free',
      'emergency-144-at 144': 'free',
      'emergency-144-at 112': 'free',
      'police-133-at 133': 'free',
      'police-133-at 112': 'free',
    },
    hours: { 'telefonseelsorge-at': 'always', 'rat-auf-draht-147': 'always' },
    anonymous: { stopline: true },
    alsoFor: {},
    languages: {},
    // Nicht Täter werden's price, Rat auf Draht's ages and 142's chat hours: in the press only.
    doNotShip: ['90 bis 100 Euro', '11 bis 24', '16:00–23:00', '16:00-23:00'],
    words: {},
    never: {
      // A paid programme: never "free", no price, no contact detail, nothing on anonymity.
      'nicht-taeter-werden-at': {
        en: /\bfree\b|€|euro|\d|@|anonym/i,
        cy: /am ddim|€|ewro|\d|@|dienw/i,
        de: /kostenlos|gratis|€|Euro|\d|@|anonym/i,
        nl: /gratis|€|euro|\d|@|anoniem/i,
        fr: /gratuit|€|euro|\d|@|anonym/i,
        nb: /gratis|€|euro|\d|@|anonym/i,
      },
      // No age ("11 bis 24" is a blog's), and no chat hours or address.
      'rat-auf-draht-147': {
        en: /\b\d{1,2}\b|\baged?\b|chat/i,
        cy: /\b\d{1,2}\b|\boed\b|sgwrs/i,
        de: /\b\d{1,2}\b|Jahre|Chat/i,
        nl: /\b\d{1,2}\b|\bjaar\b|chat/i,
        fr: /\b\d{1,2}\b|\bans\b|chat|clavard/i,
        nb: /\b\d{1,2}\b|\sår\b|chat/i,
      },
      // Its chat hours are in the press only.
      'telefonseelsorge-at': {
        en: /\d[:.]\d\d|\b\d{1,2}\s?(am|pm)\b|chat/i,
        cy: /\d[:.]\d\d|\b\d{1,2}\s?(yb|yh)\b|sgwrs/i,
        de: /\d[:.]\d\d|\b\d{1,2}\s?Uhr\b|Chat/i,
        nl: /\d[:.]\d\d|\b\d{1,2}\s?uur\b|chat/i,
        fr: /\d[:.]\d\d|\b\d{1,2}\s?h\b|chat/i,
        nb: /\d[:.]\d\d|\bkl\.|chat/i,
      },
    },
  },
} satisfies RegionExpectations;
