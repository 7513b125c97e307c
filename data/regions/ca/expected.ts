/**
 * What the tests expect of Canada, written by hand from ../shared/facts/help-directory.md
 * (its fourth check): what its pages show, its plan, and its facts pinned to the sheet
 * (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

/** Hours of the day, weekdays and time zones, in each language: Talking for Change's hours are in the press only. */
const NO_HOURS = /\d\s?(am|pm|a\.m\.|p\.m\.|h\b|Uhr|uur|yb|yh)|\b(EDT|PDT|Pacific|Monday|Friday|lundi|vendredi|Montag|Freitag|maandag|vrijdag|Llun|Gwener|mandag|fredag)\b/i;

export default {
  shows: {
    // Talking for Change: its name and a link; its number is in the press only.
    helpline: [],
    crisis: 'tel:988',
    ownLife: 'tel:911',
    childInDanger: 'tel:911',
    selfHelp: [],
    reporting: [{ href: 'https://www.cybertip.ca/', anonymous: true }],
    young: 'sms:686868',
  },
  plan: {
    helpline: 'talking-for-change',
    phones: [],
    online: online.programmes,
    regional: [],
    family: NO_FAMILY,
    youngPeople: 'kids-help-phone',
    crisis: ['suicide-crisis-988-ca'],
    emergency: 'emergency-911-ca',
    childInDanger: '911',
    crisisAdvice: false,
    reporting: [['cybertip-ca', 'anonymous']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['911', '988', '686868'],
    costs: {
      'suicide-crisis-988-ca 988': 'free',
      'kids-help-phone 686868': 'free',
      'cybertip-ca 1-866-658-9022': 'free-toll',
    },
    hours: { 'suicide-crisis-988-ca': 'always', 'kids-help-phone': 'always' },
    anonymous: { 'talking-for-change': true, 'cybertip-ca': true },
    alsoFor: {},
    languages: { 'suicide-crisis-988-ca': ['en', 'fr'] },
    doNotShip: [
      // Talking for Change's number (in the press only), and Kids Help Phone's (pending an official page).
      '1-833-703-3303',
      '833-703-3303',
      '+18337033303',
      '1-800-668-6868',
      '800-668-6868',
      '+18006686868',
      // Québec's Ça suffit: no number, address or hours found.
      'ça suffit',
    ],
    words: {},
    never: {
      // No number, hours or time zone (press only); nothing on what it passes on (not on an
      // official page); and no French-speaking helpline (not stated).
      'talking-for-change': {
        en: new RegExp(`${NO_HOURS.source}|\\d{3}-\\d{4}|toll|free call|report|police|pass|in French`, 'i'),
        cy: new RegExp(`${NO_HOURS.source}|\\d{3}-\\d{4}|rhadffôn|galwad am ddim|rhoi gwybod|heddlu|trosglwyddo|Ffrangeg`, 'i'),
        de: new RegExp(`${NO_HOURS.source}|\\d{3}-\\d{4}|gebührenfrei|kostenlos anrufen|melde|Polizei|weiter|Französisch`, 'i'),
        nl: new RegExp(`${NO_HOURS.source}|\\d{3}-\\d{4}|gratis nummer|gratis bellen|meld|politie|doorge|Frans`, 'i'),
        fr: new RegExp(`${NO_HOURS.source}|\\d{3}-\\d{4}|numéro gratuit|appel gratuit|sans frais|signal|police|transm|en français`, 'i'),
        nb: new RegExp(`${NO_HOURS.source}|\\d{3}-\\d{4}|grønt nummer|gratis å ringe|meld|politi|videre|fransk`, 'i'),
      },
      // No age ("5 to 20", "under 20": outdated), and not "completely confidential" (its limits
      // are not in the sheet).
      'kids-help-phone': {
        en: /\b\d{1,2}\b|\bunder\b|\baged?\b|completely confidential/i,
        cy: /\b\d{1,2}\b|o dan|\boed\b|hollol gyfrinachol/i,
        de: /\b\d{1,2}\b|\bunter\b|Jahre|völlig vertraulich/i,
        nl: /\b\d{1,2}\b|jonger dan|\bjaar\b|volledig vertrouwelijk/i,
        fr: /\b\d{1,2}\b|moins de|\bans\b|entièrement confidentiel/i,
        nb: /\b\d{1,2}\b|\bunder\b|\sår\b|helt fortrolig/i,
      },
      // Other languages through interpreters: a third-party copy only.
      'suicide-crisis-988-ca': {
        en: /interpret|other languages/i,
        cy: /cyfieith|ieithoedd eraill/i,
        de: /Dolmetsch|andere[nr]? Sprachen/i,
        nl: /tolk|andere talen/i,
        fr: /interprète|autres langues/i,
        nb: /tolk|andre språk/i,
      },
    },
  },
} satisfies RegionExpectations;
