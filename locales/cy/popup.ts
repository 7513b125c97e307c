/**
 * Cymraeg: the popup's sentences. Placeholders keep their English names; tests check each
 * sentence has the same set. Where a placeholder's word mutates, it has its own form: the day
 * after "yn agor" is hours.weekdayOn ("Yn agor ddydd Llun am 9yb").
 */
import type { PopupMessages } from '@/locales';

export default {
  'page.title': 'Signpost',
  'lang.label': 'Iaith',
  'popup.heading': 'Help cyfrinachol',
  'region.label': 'Help ar gyfer',
  'region.uk': 'Y Deyrnas Unedig',
  'region.ie': 'Iwerddon',
  'region.us': 'Yr Unol Daleithiau',
  'region.au': 'Awstralia',
  'region.de': 'Yr Almaen',
  'region.nl': 'Yr Iseldiroedd',
  'region.be': 'Gwlad Belg',
  'region.fr': 'Ffrainc',
  'region.nz': 'Seland Newydd',
  'region.elsewhere': 'Rhywle arall',
  'helpline.heading': 'Llinell gymorth {name}',
  'helpline.call': 'Ffoniwch {number}',
  'helpline.text': 'Anfonwch neges destun i {number}',
  'helpline.copy': 'Copïo’r rhif',
  'helpline.copied': 'Rhif wedi’i gopïo: {number}',
  'helpline.copyFailed':
    'Methu copïo. Mae’r rhif wedi’i ddewis: pwyswch Ctrl+C neu Cmd+C i’w gopïo.',
  'helpline.website': 'Ewch i wefan {name}',
  'helpline.passesOnHeading': 'Beth maen nhw’n ei rannu:',
  'cost.free-uk': 'Am ddim o ffonau yn y DU.',
  'cost.charged-provider': 'O Iwerddon. Efallai y bydd eich darparwr ffôn yn codi tâl am yr alwad.',
  'cost.free': 'Am ddim.',
  'cost.free-toll': 'Rhadffôn.',
  'cost.free-lifeline': 'Am ddim o ffonau symudol. Cost galwad leol o linellau tir.',
  'cost.normal-rate': 'Cost galwad arferol.',
  'hours.open': 'Ar agor nawr, tan {time} {zone}{local}.',
  'hours.closedToday': 'Ar gau nawr. Yn agor heddiw am {time} {zone}{local}.',
  'hours.closedTomorrow': 'Ar gau nawr. Yn agor yfory am {time} {zone}{local}.',
  'hours.closedLater': 'Ar gau nawr. Yn agor {day} am {time} {zone}{local}.',
  'hours.local': ' ({time} yn ôl eich amser chi)',
  'hours.always': 'Ar agor 24 awr y dydd, bob dydd.',
  'hours.holidays': 'Gall yr oriau fod yn wahanol ar wyliau cyhoeddus.',
  'hours.clock.am': '{h12}yb',
  'hours.clock.pm': '{h12}yh',
  'hours.clock.amMinutes': '{h12}:{mm}yb',
  'hours.clock.pmMinutes': '{h12}:{mm}yh',
  'hours.zone.Europe/London': 'amser y DU',
  'hours.zone.Europe/Brussels': 'amser Gwlad Belg',
  'hours.zone.Europe/Berlin': 'amser yr Almaen',
  'hours.dayTime': '{day} {time}',
  'hours.weekday.1': 'Dydd Llun',
  'hours.weekday.2': 'Dydd Mawrth',
  'hours.weekday.3': 'Dydd Mercher',
  'hours.weekday.4': 'Dydd Iau',
  'hours.weekday.5': 'Dydd Gwener',
  'hours.weekday.6': 'Dydd Sadwrn',
  'hours.weekday.7': 'Dydd Sul',
  // Y diwrnod ar ôl "yn agor": treiglad meddal ("yn agor ddydd Llun").
  'hours.weekdayOn.1': 'ddydd Llun',
  'hours.weekdayOn.2': 'ddydd Mawrth',
  'hours.weekdayOn.3': 'ddydd Mercher',
  'hours.weekdayOn.4': 'ddydd Iau',
  'hours.weekdayOn.5': 'ddydd Gwener',
  'hours.weekdayOn.6': 'ddydd Sadwrn',
  'hours.weekdayOn.7': 'ddydd Sul',
  'hours.holiday.GB-ENG': 'ŵyl banc yng Nghymru a Lloegr',
  // Treiglad meddal ar ôl "Mae’n" ("Mae’n ŵyl gyhoeddus yng Ngwlad Belg heddiw").
  'hours.holiday.BE': 'ŵyl gyhoeddus yng Ngwlad Belg',
  'hours.holiday.DE': 'ŵyl gyhoeddus yn yr Almaen',
  'hours.holidayToday': 'Mae’n {holiday} heddiw, felly gall yr oriau fod yn wahanol.',
  'hours.usualToday': 'Oriau arferol heddiw: {times} ({zone}).',
  'hours.usuallyClosedToday': 'Ar gau heddiw fel arfer.',
  'hours.closedBeforeHoliday':
    'Ar gau nawr. Fel arfer mae’n agor {day} am {time} {zone}{local}, ond mae’r diwrnod hwnnw’n {holiday}, felly gall yr oriau fod yn wahanol.',
  'hours.timeRange': '{open} – {close}',
  'moreHelp.heading': 'Rhagor o help',
  'moreHelp.selfHelp': 'Hunangymorth ar-lein, am ddim a dienw',
  'moreHelp.someoneElse': 'Yn poeni am rywun arall?',
  'online.heading': 'Help dienw ar-lein, lle bynnag rydych chi',
  'online.elsewhereIntro':
    'Nid yw Signpost yn gwybod am linell gymorth lle rydych chi. Mae’r rhaglenni ar-lein hyn ar agor i unrhyw un.',
  'helpNow.heading': 'Os oes angen help arnoch chi nawr',
  'helpNow.ownLife': 'Os yw eich bywyd mewn perygl, ffoniwch {number}.',
  'helpNow.ownLifeElsewhere': 'Os yw eich bywyd mewn perygl, ffoniwch eich rhif argyfwng lleol.',
  'helpNow.danger': 'Plentyn mewn perygl nawr: ffoniwch {number}.',
  'helpNow.dangerElsewhere': 'Plentyn mewn perygl nawr: ffoniwch eich rhif argyfwng lleol.',
  'footer.promise': 'Nid yw Signpost yn cadw dim nac yn anfon dim.',
  'footer.guide': 'Agor y canllaw llawn',
  'footer.independent': 'Yn annibynnol ar Stop It Now!',
  'link.newTab': '(yn agor mewn tab newydd)',
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    samaritans: {
      helpNow: 'Yn ei chael hi’n anodd ymdopi? {name}, {number}, am ddim, unrhyw bryd.',
    },
    'lifeline-988': {
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Ffoniwch neu anfonwch neges destun i {number}, y Suicide & Crisis Lifeline.',
    },
    'lifeline-au': {
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? {name}, {number}, unrhyw bryd. Neu anfonwch neges destun i {text}.',
    },
    telefonseelsorge: {
      helpNow: 'Yn ei chael hi’n anodd ymdopi? {name}, {number}, am ddim, unrhyw bryd.',
    },
    childline: {
      young: 'O dan 19 oed? {name}: {number}, unrhyw bryd',
    },
    'find-a-helpline': {
      helpNow: 'Yn ei chael hi’n anodd ymdopi? {link}.',
      linkLabel: 'Dewch o hyd i linell gymorth gyfrinachol am ddim yn eich gwlad',
    },
    'stop-it-now-uk': {
      confidential: 'Cyfrinachol: does dim rhaid i chi roi eich enw.',
      linkLabel: 'Sgwrs fyw neu neges ddiogel',
      languages: 'Yn Gymraeg neu’n Saesneg. Gall cyfieithydd ymuno â’r alwad.',
      passesOnShort:
        'Os byddwch chi’n rhoi manylion sy’n dangos pwy ydych chi, a hefyd manylion sy’n dangos pwy yw plentyn sydd wedi cael ei gam-drin neu sydd mewn perygl, neu fanylion sy’n awgrymu bod unrhyw un arall mewn perygl o niwed, byddan nhw’n rhannu hyn â’r asiantaethau priodol. Byddan nhw hefyd yn rhannu manylion unrhyw drosedd.',
    },
    'stop-it-now-au': {
      confidential:
        'Dienw: yr unig beth maen nhw’n ei wybod yw’r hyn rydych chi’n dewis ei ddweud wrthyn nhw.',
      passesOnShort:
        'Os oes ganddyn nhw reswm i gredu bod trosedd wedi digwydd (gan gynnwys ar-lein), neu fod plentyn mewn perygl o niwed sylweddol, byddan nhw’n rhoi gwybod i’r awdurdodau perthnasol, fel yr heddlu neu’r gwasanaethau amddiffyn plant.',
    },
    'stop-it-now-us': {
      linkLabel: 'Help i oedolion sy’n poeni am eu meddyliau eu hunain',
    },
    'kein-taeter-werden': {
      about:
        'Therapi am ddim dan gyfrinachedd meddygol mewn tua 11 lle yn yr Almaen. Gall eich cyswllt cyntaf fod yn ddienw.',
    },
    'troubled-desire': {
      about: 'Hunanasesiad a hunangymorth dienw am ddim yn eich porwr, mewn sawl iaith.',
    },
    redirection: {
      about:
        'Rhaglen hunangymorth ddienw sy’n seiliedig ar therapi ymddygiad gwybyddol (CBT). Yn Saesneg, Sbaeneg, Ffinneg a mwy.',
    },
    'prevent-it': {
      about:
        'Therapi ar-lein dienw am ddim gyda chymorth therapydd, i oedolion. Rhaglen ymchwil yw hi: mae rhai pobl yn aros cyn i’w therapi ddechrau, ac efallai nad yw’n derbyn pobl newydd.',
    },
    'zelfmoordpreventie-113': {
      helpNow: 'Yn ei chael hi’n anodd ymdopi? {name}: ffoniwch {number}, neu {otherNumber} am ddim.',
    },
    kindertelefoon: {
      young: 'Rhwng 8 a 18 oed? {name}: {number}, am ddim ac yn ddienw',
    },
    'stop-it-now-nl': {
      confidential: 'Dienw.',
    },
    'stop-it-now-bruxelles': {
      confidential:
        'Nid yw’n ymddangos ar eich bil ffôn. Does dim rhaid i chi ddweud pwy ydych chi na ble yn union rydych chi’n byw.',
      passesOnShort:
        'Dim ond os yw rhywun o dan 18 oed, neu unrhyw berson bregus arall, mewn perygl uniongyrchol y gallan nhw ddweud wrth yr awdurdodau.',
    },
    'zelfmoordlijn-1813': {
      helpNow: 'Yn ei chael hi’n anodd ymdopi? Ffoniwch {name} ar {number}, am ddim, unrhyw bryd.',
    },
    'centre-prevention-suicide': {
      helpNow: 'Neu ffoniwch {name} ar {number}, unrhyw bryd, yn ddienw.',
    },
    'suicide-3114': {
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Ffoniwch {number}, y llinell genedlaethol atal hunanladdiad, am ddim, unrhyw bryd.',
    },
    'safe-to-talk': {
      confidential: 'Help a chymorth cyfrinachol.',
    },
    'need-to-talk-1737': {
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Ffoniwch {number} neu anfonwch neges destun i {text}, am ddim, unrhyw bryd.',
    },
    'kids-helpline': {
      young: 'Rhwng 5 a 25 oed? {name}: {number}, unrhyw bryd',
    },
    'nummer-gegen-kummer': {
      young: 'Yn blentyn neu’n berson ifanc? {name}: {number}, am ddim ac yn ddienw',
    },
  },
} satisfies PopupMessages;
