/**
 * What the tests expect of Norway, written by hand from ../shared/facts/help-directory.md
 * (its fourth check): what its pages show, its plan, and its facts pinned to the sheet
 * (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

/** "Free", in each language: neither Det finnes hjelp nor Kirkens SOS is. */
const FREE = {
  en: /\bfree\b|freephone|no charge|costs nothing|charges nothing/i,
  cy: /am ddim|rhadffôn|di-dâl/i,
  de: /kostenlos|kostenfrei|gratis|gebührenfrei/i,
  nl: /gratis|kosteloos/i,
  fr: /gratuit|sans frais/i,
  nb: /gratis|kostnadsfri|uten kostnad/i,
};
/** A clock time: Det finnes hjelp's hours conflict on its own page. */
const HOURS = /\d{1,2}[:.]\d\d/;
/** An English-language chat is not stated. */
const ENGLISH = { en: /English/, cy: /Saesneg/, de: /Englisch/, nl: /Engels/, fr: /anglais/, nb: /engelsk/ };
/** What no word about Det finnes hjelp may say: "free", hours, an English-language chat. */
const unsaid = (lang: keyof typeof FREE) => new RegExp(`${FREE[lang].source}|${HOURS.source}|${ENGLISH[lang].source}`, 'i');
/** The same, and its fallback number, which only "if the chat does not work" may name. */
const never = (lang: keyof typeof FREE) => new RegExp(`${unsaid(lang).source}|800 99 900`, 'i');

export default {
  shows: {
    // Det finnes hjelp is a chat: its name, what it keeps, and its link; no number.
    helpline: [],
    crisis: 'tel:+4722400040',
    ownLife: 'tel:113',
    // The police, not 113.
    childInDanger: 'tel:112',
    selfHelp: [],
    // An e-mail is optional; the page never says "anonymous": the guide says neither.
    reporting: [{ href: 'https://www.politiet.no/en/tjenester/tips-politiet/seksuell-utnyttelse-av-barn-pa-internett/', anonymous: null }],
    young: 'tel:116111',
  },
  plan: {
    helpline: 'det-finnes-hjelp',
    phones: [],
    online: online.programmes,
    regional: [],
    family: NO_FAMILY,
    youngPeople: 'alarmtelefonen',
    crisis: ['kirkens-sos'],
    emergency: 'emergency-113-no',
    police: 'police-112-no',
    childInDanger: '112',
    crisisAdvice: false,
    reporting: [['politiet-tips', 'unstated']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['112', '113', '116111'],
    costs: { 'kirkens-sos 22 40 00 40': 'landline-rate', 'alarmtelefonen 116 111': 'free' },
    hours: { 'kirkens-sos': 'always', alarmtelefonen: 'always' },
    anonymous: { 'det-finnes-hjelp': true },
    alsoFor: {},
    languages: {},
    doNotShip: [
      // Mental Helse's line: in the press only.
      'Mental Helse',
      'mentalhelse.no',
      'sidetmedord',
      '"e164":"116123","country":"NO"',
      // Det finnes hjelp's number is only for when the chat does not work: never a number to dial.
      '"e164":"+4780099900"',
      '"e164":"80099900"',
    ],
    words: {
      // What the chat keeps, said plainly where the popup shows it, and its full wording in the guide.
      'det-finnes-hjelp': {
        about: {
          en: { names: [/anonymous chat with a psychologist/, /adults \(18 and over\)/, /chat is deleted when it ends/, /IP address and the time you start are kept for 7 days/, /name and national ID number/, /usual patient fee/], never: never('en') },
          cy: { names: [/Sgwrs ddienw â seicolegydd/, /18 oed/, /sgwrs ei dileu pan fydd yn dod i ben/, /cyfeiriad IP/, /7 diwrnod/, /enw a’ch rhif adnabod cenedlaethol/, /ffi arferol/], never: never('cy') },
          de: { names: [/anonymer Chat/, /ab 18 Jahren/, /Chat wird gelöscht, wenn er endet/, /IP-Adresse/, /7 Tage/, /Namen und Ihre norwegische Personennummer/, /übliche Eigenanteil/], never: never('de') },
          nl: { names: [/anonieme chat met een psycholoog/, /vanaf 18 jaar/, /chat wordt gewist als hij eindigt/, /IP-adres/, /7 dagen/, /naam en uw nationale identificatienummer/, /gewone eigen bijdrage/], never: never('nl') },
          fr: { names: [/anonyme avec un psychologue/, /18 ans et plus/, /effacé à la fin/, /adresse IP/, /7 jours/, /nom et votre numéro d’identité national/, /participation financière habituelle du patient/], never: never('fr') },
          nb: { names: [/anonym chat med en psykolog/, /fra 18 år/, /Chatten slettes når den er ferdig/, /IP-adressen din og tidspunktet du starter, lagres i 7 dager/, /navn og personnummer/, /vanlig egenandel/], never: never('nb') },
        },
        passesOnFull: {
          en: { names: [/deleted when the chat ends/, /kept for 7 days/, /explains why on its privacy page/, /name and national ID number/, /usual patient fee/], never: never('en') },
          cy: { names: [/ei ddileu pan ddaw’r sgwrs i ben/, /7 diwrnod/, /esbonio pam ar ei dudalen preifatrwydd/, /enw a’ch rhif adnabod cenedlaethol/, /ffi arferol/], never: never('cy') },
          de: { names: [/gelöscht, wenn der Chat endet/, /7 Tage/, /Datenschutzseite/, /Namen und Ihre norwegische Personennummer/, /übliche Eigenanteil/], never: never('de') },
          nl: { names: [/gewist als de chat eindigt/, /7 dagen/, /privacypagina/, /naam en uw nationale identificatienummer/, /gewone eigen bijdrage/], never: never('nl') },
          fr: { names: [/effacé à la fin/, /7 jours/, /page de confidentialité/, /nom et votre numéro d’identité national/, /participation financière habituelle du patient/], never: never('fr') },
          nb: { names: [/slettes når chatten er ferdig/, /lagres i 7 dager/, /forklarer hvorfor på siden om personvern/, /navn og personnummer/, /vanlig egenandel/], never: never('nb') },
        },
        // 800 99 900 only as "if the chat does not work".
        whenYouCall: {
          en: { names: [/If the chat does not work, the service says you can call 800 99 900\.$/], never: FREE.en },
          cy: { names: [/Os nad yw’r sgwrs yn gweithio, mae’r gwasanaeth yn dweud y gallwch chi ffonio 800 99 900\.$/], never: FREE.cy },
          de: { names: [/Wenn der Chat nicht funktioniert, können Sie nach Angaben des Dienstes die 800 99 900 anrufen\.$/], never: FREE.de },
          nl: { names: [/Werkt de chat niet\? Volgens de dienst kunt u dan 800 99 900 bellen\.$/], never: FREE.nl },
          fr: { names: [/Si le chat ne fonctionne pas, le service indique que vous pouvez appeler le 800 99 900\.$/], never: FREE.fr },
          nb: { names: [/Hvis chatten ikke virker, sier tjenesten at du kan ringe 800 99 900\.$/], never: FREE.nb },
        },
      },
      // The child welfare service's line, which records every contact: said wherever it is listed.
      alarmtelefonen: {
        young: {
          en: { names: [/child welfare service’s line/, /Every contact is recorded/] },
          cy: { names: [/gwasanaeth lles plant/, /Caiff pob cyswllt ei gofnodi/] },
          de: { names: [/Kinder- und Jugendhilfe/, /Jeder Kontakt wird erfasst/] },
          nl: { names: [/jeugdzorg/, /Elk contact wordt vastgelegd/] },
          fr: { names: [/protection de l’enfance/, /Chaque contact est enregistré/] },
          nb: { names: [/barnevernets telefon/, /Alle henvendelser blir registrert/] },
        },
        youngFull: {
          en: { names: [/child welfare service’s line/, /Every contact is recorded and written down/] },
          cy: { names: [/gwasanaeth lles plant/, /Caiff pob cyswllt ei gofnodi a’i ysgrifennu/] },
          de: { names: [/Kinder- und Jugendhilfe/, /Jeder Kontakt wird erfasst und schriftlich festgehalten/] },
          nl: { names: [/jeugdzorg/, /Elk contact wordt vastgelegd en opgeschreven/] },
          fr: { names: [/protection de l’enfance/, /Chaque contact est enregistré et consigné par écrit/] },
          nb: { names: [/barnevernets telefon/, /Alle henvendelser blir registrert og skrevet ned/] },
        },
      },
    },
    never: {
      // Any hours, "free" or an English-language chat for Det finnes hjelp.
      'det-finnes-hjelp': { en: unsaid('en'), cy: unsaid('cy'), de: unsaid('de'), nl: unsaid('nl'), fr: unsaid('fr'), nb: unsaid('nb') },
      // The cost of an ordinary landline call: never "free".
      'kirkens-sos': FREE,
      // No age.
      alarmtelefonen: { en: /\b\d{1,2}\b|\baged?\b/i, cy: /\b\d{1,2}\b|\boed\b/i, de: /\b\d{1,2}\b|Jahre/i, nl: /\b\d{1,2}\b|\bjaar\b/i, fr: /\b\d{1,2}\b|\bans\b/i, nb: /\b\d{1,2}\b|\sår\b/i },
      // "You do not have to give your e-mail", never "anonymous".
      'politiet-tips': { en: /anonym/i, cy: /dienw/i, de: /anonym/i, nl: /anoniem/i, fr: /anonym/i, nb: /anonym/i },
    },
  },
} satisfies RegionExpectations;
