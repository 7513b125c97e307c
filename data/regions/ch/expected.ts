/**
 * What the tests expect of Switzerland, written by hand from ../shared/facts/help-directory.md
 * (its third check, and the fourth's corrections): what its pages show, its plan, and its
 * facts pinned to the sheet (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

/** "Free", in each language (143 costs at most CHF 0.20 a call). */
const FREE = {
  en: /\bfree\b|freephone|no charge|costs nothing/i,
  cy: /am ddim|rhadffôn|di-dâl/i,
  de: /kostenlos|kostenfrei|gratis|gebührenfrei|Nulltarif/i,
  nl: /gratis|kosteloos/i,
  fr: /gratuit|sans frais/i,
  nb: /gratis|kostnadsfri|uten kostnad/i,
};
/** "Anonymous", in each language. */
const ANONYMOUS = { en: /anonym/i, cy: /dienw/i, de: /anonym/i, nl: /anoniem/i, fr: /anonym/i, nb: /anonym/i };
/** An age or a range of ages. */
const AGES = /\b\d{1,2}\b/;

export default {
  shows: {
    // No prevention line with a number: the popup leads with the online programmes, and the
    // guide names treatment and counselling.
    helpline: [],
    crisis: 'tel:143',
    ownLife: 'tel:144',
    ownLifeOr: 'tel:112',
    childInDanger: 'tel:117',
    childInDangerOr: 'tel:112',
    selfHelp: [],
    treatment: ['https://www.kein-taeter-werden.ch/'],
    reporting: [{ href: 'https://www.kinderschutz.ch/angebote/praeventionsangebote/clickandstop', anonymous: true }],
    young: 'tel:147',
  },
  plan: {
    phones: [],
    online: online.programmes,
    regional: [],
    treatment: ['kein-taeter-werden-ch', 'beforemore', 'dis-no'],
    family: NO_FAMILY,
    youngPeople: 'pro-juventute-147',
    crisis: ['dargebotene-hand-143'],
    emergency: 'emergency-144-ch',
    ownLifeOr: '112',
    police: 'police-117-ch',
    childInDanger: '117',
    childInDangerOr: '112',
    crisisAdvice: false,
    reporting: [['clickandstop', 'anonymous']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['112', '117', '144', '143', '147'],
    costs: {
      'dargebotene-hand-143 143': 'max-chf-0-20',
      'pro-juventute-147 147': 'free',
      'emergency-144-ch 144': 'free',
      'emergency-144-ch 112': 'free',
      'police-117-ch 117': 'free',
      'police-117-ch 112': 'free',
    },
    hours: { 'dargebotene-hand-143': 'always', 'pro-juventute-147': 'always' },
    anonymous: { clickandstop: true },
    alsoFor: {},
    // "Beforemore (German) and DIS NO (French) offer counselling" (the ready list).
    languages: { beforemore: ['de'], 'dis-no': ['fr'] },
    doNotShip: [
      // Beforemore's and DIS NO's numbers (in the press only), and sites Signpost never found.
      '0800 222 333',
      '+41800222333',
      '0840 740 640',
      '+41840740640',
      'beforemore.ch',
      'disno.ch',
      // Nothing in Italian (no offer for Italian-speaking Switzerland).
      'Telefono amico',
    ],
    words: {},
    never: {
      // Not free: at most CHF 0.20 a call.
      'dargebotene-hand-143': FREE,
      // Free and confidential, for children and young people: never "anonymous", no age.
      'pro-juventute-147': {
        en: new RegExp(`${ANONYMOUS.en.source}|${AGES.source}`, 'i'),
        cy: new RegExp(`${ANONYMOUS.cy.source}|${AGES.source}`, 'i'),
        de: new RegExp(`${ANONYMOUS.de.source}|${AGES.source}`, 'i'),
        nl: new RegExp(`${ANONYMOUS.nl.source}|${AGES.source}`, 'i'),
        fr: new RegExp(`${ANONYMOUS.fr.source}|${AGES.source}`, 'i'),
        nb: new RegExp(`${ANONYMOUS.nb.source}|${AGES.source}`, 'i'),
      },
      // No number, hours, cost or anonymity for the counselling offers or the network.
      beforemore: { en: /anonym|free|\d/i, cy: /dienw|am ddim|\d/i, de: /anonym|kostenlos|gratis|\d/i, nl: /anoniem|gratis|\d/i, fr: /anonym|gratuit|\d/i, nb: /anonym|gratis|\d/i },
      'dis-no': { en: /anonym|free|\d/i, cy: /dienw|am ddim|\d/i, de: /anonym|kostenlos|gratis|\d/i, nl: /anoniem|gratis|\d/i, fr: /anonym|gratuit|\d/i, nb: /anonym|gratis|\d/i },
      'kein-taeter-werden-ch': { en: /anonym|free|\d/i, cy: /dienw|am ddim|\d/i, de: /anonym|kostenlos|gratis|\d/i, nl: /anoniem|gratis|\d/i, fr: /anonym|gratuit|\d/i, nb: /anonym|gratis|\d/i },
    },
  },
} satisfies RegionExpectations;
