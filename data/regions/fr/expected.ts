/**
 * What the tests expect of France, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    helpline: ['tel:+33806231063'],
    crisis: 'tel:3114',
    ownLife: 'tel:112',
    childInDanger: 'tel:112',
    selfHelp: [],
    reporting: [
      { href: 'https://www.internet-signalement.gouv.fr/', anonymous: false },
      { href: 'https://www.pointdecontact.net', anonymous: null },
    ],
    young: null,
  },
  plan: {
    helpline: 'stop-fr',
    phones: ['0 806 23 10 63'],
    online: online.programmes,
    regional: [],
    family: NO_FAMILY,
    crisis: ['suicide-3114'],
    emergency: 'emergency-112-fr',
    childInDanger: '112',
    crisisAdvice: false,
    reporting: [['pharos', 'named'], ['point-de-contact', 'unstated']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['112', '3114'],
    costs: { 'stop-fr 0 806 23 10 63': 'normal-rate', 'suicide-3114 3114': 'free' },
    hours: { 'suicide-3114': 'always' },
    anonymous: { pharos: false },
    alsoFor: {},
    languages: {},
    doNotShip: ['"e164":"17"', '"display":"17"'],
    words: {},
    never: {
      // "Non surtaxé": the cost of an ordinary call, never free (a "numéro vert" in one paper);
      // and the sheet does not say it is anonymous.
      'stop-fr': {
        en: /\bfree\b|freephone|no charge|gratuit|numéro vert|anonym/i,
        cy: /am ddim|rhad|di-dâl|gratuit|numéro vert|dienw|anonym/i,
        de: /kostenlos|kostenfrei|gebührenfrei|gratis|gratuit|numéro vert|anonym/i,
        nl: /gratis|kosteloos|gratuit|numéro vert|anoniem/i,
        fr: /gratuit|numéro vert|sans frais|anonym/i,
        nb: /gratis|kostnadsfri|uten kostnad|gratuit|numéro vert|anonym/i,
      },
    },
  },
} satisfies RegionExpectations;
