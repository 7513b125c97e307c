/**
 * What the tests expect of the United Kingdom, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import type { RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    helpline: ['tel:+448081000900'],
    crisis: 'tel:116123',
    ownLife: 'tel:999',
    childInDanger: 'tel:999',
    selfHelp: [
      'https://www.stopitnow.org.uk/self-help/concerned-about-your-own-thoughts-or-behaviour/concerned-about-your-online-behaviour/',
      'https://www.stopitnow.org.uk/faq/',
    ],
    reporting: [
      { href: 'https://report.iwf.org.uk/', anonymous: true },
      { href: 'https://www.ceop.police.uk/Safety-Centre/', anonymous: false },
    ],
    young: 'tel:+448001111',
  },
  plan: {
    helpline: 'stop-it-now-uk',
    phones: ['0808 1000 900'],
    selfHelp: 'stop-it-now-uk-self-help',
    questions: 'stop-it-now-uk-faq',
    online: online.programmes,
    regional: [],
    family: { helpline: 'stop-it-now-uk', advice: 'stop-it-now-uk-someone-else', inform: true },
    childProtection: 'nspcc',
    parents: 'stop-it-now-uk-child-behaviour',
    youngPeople: 'childline',
    crisis: ['samaritans'],
    emergency: 'emergency-999-uk',
    childInDanger: '999',
    crisisAdvice: true,
    reporting: [['iwf', 'anonymous'], ['ceop', 'named']],
    caseAdvice: 'stop-it-now-uk',
    informPlus: true,
  },
  sheet: {
    shortCodes: ['999', '112', '116123'],
    costs: {
      'stop-it-now-uk 0808 1000 900': 'free-uk',
      'stop-it-now-uk +44 1372 847 161': 'charged-provider',
      'samaritans 116 123': 'free',
    },
    hours: {
      'stop-it-now-uk': {
        timeZone: 'Europe/London',
        periods: [
          { day: 1, open: '09:00', close: '21:00' },
          { day: 2, open: '09:00', close: '21:00' },
          { day: 3, open: '09:00', close: '21:00' },
          { day: 4, open: '09:00', close: '21:00' },
          { day: 5, open: '09:00', close: '17:00' },
        ],
        holidays: ['GB-ENG', 'GB-SCT', 'GB-NIR'],
      },
      childline: 'always',
      nspcc: {
        timeZone: 'Europe/London',
        periods: [
          { day: 1, open: '08:00', close: '22:00' },
          { day: 2, open: '08:00', close: '22:00' },
          { day: 3, open: '08:00', close: '22:00' },
          { day: 4, open: '08:00', close: '22:00' },
          { day: 5, open: '08:00', close: '22:00' },
          { day: 6, open: '09:00', close: '18:00' },
          { day: 7, open: '09:00', close: '18:00' },
        ],
        holidays: ['GB-ENG', 'GB-SCT', 'GB-NIR'],
      },
      samaritans: 'always',
    },
    anonymous: { 'stop-it-now-uk': true, iwf: true, ceop: false },
    alsoFor: { 'stop-it-now-uk': ['someone-else', 'parents', 'professional'] },
    languages: { 'stop-it-now-uk': ['en', 'cy'] },
    doNotShip: [
      'help@stopitnow.org.uk',
      'help@stopitnow.org',
      'get-help.stopitnow.org.uk',
      'napac',
      'shore',
    ],
    words: {
      'stop-it-now-uk': {
        // "Sexual" qualifies both thoughts and behaviour: Welsh and German say it twice.
        about: {
          en: { names: [/sexual thoughts or behaviour/] },
          cy: { names: [/meddyliau rhywiol neu (eu hymddygiad|eich ymddygiad) rhywiol/] },
          de: { names: [/sexuellen Gedanken oder (ihres|Ihres) sexuellen Verhaltens/] },
          nl: { names: [/seksuele gedachten of gedrag/] },
          fr: { names: [/pensées ou comportements sexuels/] },
          // Norwegian says it twice too: "seksuelle tanker eller egen seksuell atferd".
          nb: { names: [/seksuelle tanker eller egen seksuell atferd/] },
        },
        passesOnShort: {
          en: { names: [/identify yourself and also say something that identifies a child who has been abused or is at risk, or suggests anyone else is at risk of harm/, /they pass it on/, /details of any crime/], never: /\bonly\b/ },
          cy: { names: [/dangos pwy ydych chi/, /plentyn sydd wedi cael ei gam-drin neu sydd mewn perygl/, /unrhyw un arall mewn perygl o niwed/, /unrhyw drosedd/], never: /dim ond|\bond os\b/ },
          de: { names: [/sich zu erkennen geben/, /Kind erkennbar wird, das missbraucht wurde oder gefährdet ist/, /jemand anderem Schaden droht/, /Straftaten/], never: /\bnur\b/ },
          nl: { names: [/gegevens geeft waarmee u te herkennen bent/, /kind te herkennen is dat is misbruikt of risico loopt/, /iemand anders risico loopt op schade/, /strafbare feiten/], never: /\balleen\b/ },
          fr: { names: [/vous vous identifiez/, /enfant victime de maltraitance ou qui risque de l’être/, /une autre personne risque de subir un préjudice/, /toute infraction/], never: /\b(seulement|uniquement)\b/ },
          nb: { names: [/sier hvem du er, og også noe som identifiserer et barn som er blitt utsatt for overgrep eller er i fare, eller som tyder på at andre risikerer skade/, /gir de det videre/, /opplysninger om alle lovbrudd/], never: /\b(bare|kun)\b/ },
        },
      },
    },
    never: {},
  },
} satisfies RegionExpectations;
