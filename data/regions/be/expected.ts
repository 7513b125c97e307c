/**
 * What the tests expect of Belgium, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    helpline: ['tel:+3280014112'],
    crisis: 'tel:1813',
    // Each Belgian crisis line first for the readers of its own part of the country.
    crisisFirst: { nl: 'tel:1813', fr: 'tel:+3280032123' },
    ownLife: 'tel:112',
    childInDanger: 'tel:112',
    selfHelp: [],
    reporting: [{ href: 'https://www.stopchildporno.be', anonymous: true }],
    young: null,
  },
  plan: {
    helpline: 'stop-it-now-bruxelles',
    phones: ['0800 14 112'],
    online: online.programmes,
    regional: [],
    family: NO_FAMILY,
    crisis: ['zelfmoordlijn-1813', 'centre-prevention-suicide'],
    emergency: 'emergency-112-be',
    childInDanger: '112',
    crisisAdvice: false,
    reporting: [['child-focus', 'anonymous']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['112', '1813'],
    costs: {
      'stop-it-now-bruxelles 0800 14 112': 'free',
      'zelfmoordlijn-1813 1813': 'free',
      'emergency-112-be 112': 'free',
    },
    hours: {
      'stop-it-now-bruxelles': {
        timeZone: 'Europe/Brussels',
        periods: [
          { day: 1, open: '14:00', close: '16:00' },
          { day: 3, open: '17:00', close: '19:00' },
          { day: 5, open: '10:00', close: '12:00' },
        ],
        holidays: ['BE'],
      },
      'zelfmoordlijn-1813': 'always',
      'centre-prevention-suicide': 'always',
    },
    anonymous: { 'stop-it-now-bruxelles': true, 'child-focus': true },
    alsoFor: {},
    languages: {},
    doNotShip: [
      '0800 200 50',
      '+3280020050',
      '0800 200 99',
      '+3280020099',
      '"e164":"102"',
      '"display":"102"',
      'stopitnow.be',
      'seos.be',
      'awel.be',
    ],
    words: {
      // "Seule une situation dans laquelle un∙e mineur∙e, ou un tiers vulnérable, ferait face à
      // un danger imminent pourrait entrainer un signalement": only then, and "may", never "will".
      'stop-it-now-bruxelles': {
        passesOnShort: {
          en: { names: [/only if/, /someone under 18/, /another vulnerable person/, /immediate danger/, /may tell the authorities/], never: /\b(will|never|anonymous)\b/i },
          cy: { names: [/Dim ond os/, /o dan 18 oed/, /berson bregus arall/, /perygl uniongyrchol/, /gallan nhw ddweud wrth yr awdurdodau/], never: /\b(bydd|byddan|byth|dienw)\b/i },
          de: { names: [/nur dann/, /unter 18/, /andere schutzbedürftige Person/, /unmittelbarer Gefahr/, /kann die Behörden/], never: /\b(wird|niemals|anonym)\b/i },
          nl: { names: [/^Alleen als/, /jonger dan 18/, /andere kwetsbare persoon/, /direct gevaar/, /kan de hulplijn de autoriteiten/], never: /\b(zal|zullen|nooit|anoniem)\b/i },
          fr: { names: [/ne peut prévenir les autorités que si/, /moins de 18 ans/, /autre personne vulnérable/, /danger imminent/, /peut prévenir les autorités/], never: /\b(va|vont|jamais|anonyme)\b/i },
          nb: { names: [/bare hvis/, /noen under 18 år/, /en annen sårbar person/, /umiddelbar fare/, /kan si fra til myndighetene/], never: /\b(vil|skal|aldri|anonym|anonymt)\b/i },
        },
      },
    },
    never: {
      // Two versions of what Child Focus does with a report disagree: say nothing of it.
      'child-focus': {
        en: /police|forward|transfer|filter/i,
        cy: /heddlu|anfon|trosglwyddo|hidlo/i,
        de: /Polizei|weiter|filter/i,
        nl: /politie|doorgestuurd|doorsturen|filter/i,
        fr: /police|transm|transf|filtr/i,
        nb: /politi|videre|overf|filter/i,
      },
    },
  },
} satisfies RegionExpectations;
