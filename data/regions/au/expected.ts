/**
 * What the tests expect of Australia, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    helpline: ['tel:1800011800'],
    crisis: 'tel:131114',
    ownLife: 'tel:000',
    childInDanger: 'tel:000',
    selfHelp: [],
    reporting: [
      {
        href: 'https://esafety.gov.au/report/how-to-report-serious-online-abuse-illegal-restricted-content',
        anonymous: true,
      },
      { href: 'tel:1800333000', anonymous: true },
      // Not described as anonymous: the guide says neither.
      { href: 'https://www.accce.gov.au/report', anonymous: null },
    ],
    young: 'tel:1800551800',
  },
  plan: {
    helpline: 'stop-it-now-au',
    phones: ['1800 01 1800'],
    online: online.programmes,
    regional: [],
    family: NO_FAMILY,
    youngPeople: 'kids-helpline',
    crisis: ['lifeline-au'],
    emergency: 'emergency-000-au',
    childInDanger: '000',
    crisisAdvice: false,
    reporting: [['esafety', 'anonymous'], ['crime-stoppers-au', 'anonymous'], ['accce', 'unstated']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['000'],
    costs: {
      'lifeline-au 13 11 14': 'free-lifeline',
      'kids-helpline 1800 55 1800': 'free',
      'crime-stoppers-au 1800 333 000': 'free-toll',
    },
    hours: { 'lifeline-au': 'always', 'kids-helpline': 'always' },
    anonymous: { 'stop-it-now-au': true, esafety: true, 'crime-stoppers-au': true },
    alsoFor: {},
    languages: {},
    doNotShip: ['1800 016 848', '+611800016848'],
    words: {
      'stop-it-now-au': {
        passesOnShort: {
          en: { names: [/reason to believe/, /offence has happened \(including online\)/, /significant harm/, /relevant authorities, such as the police or child protection/], never: /\bonly\b/ },
          cy: { names: [/reswm i gredu/, /trosedd wedi digwydd \(gan gynnwys ar-lein\)/, /niwed sylweddol/, /awdurdodau perthnasol/], never: /dim ond/ },
          de: { names: [/Grund zur Annahme/, /Straftat geschehen ist \(auch im Internet\)/, /erheblicher Schaden/, /zuständigen Behörden, etwa der Polizei oder den Kinderschutzbehörden/], never: /\bnur\b/ },
          nl: { names: [/reden heeft om aan te nemen/, /strafbaar feit is gepleegd \(ook online\)/, /aanzienlijke schade/, /bevoegde instanties, zoals de politie of de kinderbescherming/], never: /\balleen\b|ernstige/ },
          fr: { names: [/raisons de croire/, /infraction a eu lieu \(y compris en ligne\)/, /préjudice important/, /autorités compétentes, comme la police ou la protection de l’enfance/], never: /\b(seulement|uniquement)\b|grave/ },
          nb: { names: [/grunn til å tro/, /lovbrudd har skjedd \(også på nett\)/, /betydelig skade/, /aktuelle myndighetene, for eksempel politiet eller barnevernet/], never: /\b(bare|kun)\b|alvorlig/ },
        },
      },
    },
    never: {},
  },
} satisfies RegionExpectations;
