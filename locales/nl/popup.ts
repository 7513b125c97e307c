/**
 * Nederlands: the popup's sentences. Placeholders keep their English names; tests check each
 * sentence has the same set. Plain Dutch (B1, Rijksoverheid style), formal ‘u’ throughout;
 * 24-hour clock with a full stop (‘9.00 uur’, ‘17.30 uur’); day names in lower case.
 */
import type { PopupMessages } from '@/locales';

export default {
  'page.title': 'Signpost',
  'lang.label': 'Taal',
  'popup.heading': 'Vertrouwelijke hulp',
  'region.label': 'Hulp voor',
  'region.uk': 'Verenigd Koninkrijk',
  'region.ie': 'Ierland',
  'region.us': 'Verenigde Staten',
  'region.au': 'Australië',
  'region.de': 'Duitsland',
  'region.nl': 'Nederland',
  'region.be': 'België',
  'region.fr': 'Frankrijk',
  'region.nz': 'Nieuw-Zeeland',
  'region.elsewhere': 'Ergens anders',
  'helpline.heading': 'Hulplijn van {name}',
  'helpline.call': 'Bel {number}',
  'helpline.text': 'Stuur een sms naar {number}',
  'helpline.copy': 'Nummer kopiëren',
  'helpline.copied': 'Nummer gekopieerd: {number}',
  'helpline.copyFailed':
    'Kopiëren is niet gelukt. Het nummer is geselecteerd: druk op Ctrl+C of Cmd+C om het te kopiëren.',
  'helpline.website': 'Naar de website van {name}',
  'helpline.passesOnHeading': 'Wat de hulplijn doorgeeft:',
  'cost.free-uk': 'Gratis vanaf Britse telefoons.',
  'cost.charged-provider': 'Vanuit Ierland. Uw telefoonaanbieder kan kosten rekenen voor het gesprek.',
  'cost.free': 'Gratis.',
  'cost.free-toll': 'Gratis nummer.',
  'cost.free-lifeline': 'Gratis vanaf een mobiele telefoon. Vanaf een vaste telefoon betaalt u de kosten van een lokaal gesprek.',
  // The price of an ordinary call, no more (France's ‘non surtaxé’): never ‘gratis’.
  'cost.normal-rate': 'De kosten van een normaal gesprek.',
  // {zone} is ‘Britse tijd’; {local} is empty or ‘ (22.00 uur bij u)’.
  'hours.open': 'Nu open tot {time} {zone}{local}.',
  'hours.closedToday': 'Nu gesloten. Opent vandaag om {time} {zone}{local}.',
  'hours.closedTomorrow': 'Nu gesloten. Opent morgen om {time} {zone}{local}.',
  'hours.closedLater': 'Nu gesloten. Opent {day} om {time} {zone}{local}.',
  // Added where the person's clock differs from the service's; note the leading space.
  'hours.local': ' ({time} bij u)',
  'hours.always': 'Elke dag 24 uur open.',
  'hours.holidays': 'Op feestdagen kunnen de tijden anders zijn.',
  'hours.clock.am': '{h24}.00 uur',
  'hours.clock.pm': '{h24}.00 uur',
  'hours.clock.amMinutes': '{h24}.{mm} uur',
  'hours.clock.pmMinutes': '{h24}.{mm} uur',
  'hours.zone.Europe/London': 'Britse tijd',
  'hours.zone.Europe/Brussels': 'Belgische tijd',
  'hours.zone.Europe/Berlin': 'Duitse tijd',
  // Only inside {local}: ‘(dinsdag 2.00 uur bij u)’.
  'hours.dayTime': '{day} {time}',
  // Lower case, as Dutch writes them; a schedule line starts with ‘Op’ (guide.ts, hours.range).
  'hours.weekday.1': 'maandag',
  'hours.weekday.2': 'dinsdag',
  'hours.weekday.3': 'woensdag',
  'hours.weekday.4': 'donderdag',
  'hours.weekday.5': 'vrijdag',
  'hours.weekday.6': 'zaterdag',
  'hours.weekday.7': 'zondag',
  // The day after ‘opent’ (‘Opent maandag om 9.00 uur’).
  'hours.weekdayOn.1': 'maandag',
  'hours.weekdayOn.2': 'dinsdag',
  'hours.weekdayOn.3': 'woensdag',
  'hours.weekdayOn.4': 'donderdag',
  'hours.weekdayOn.5': 'vrijdag',
  'hours.weekdayOn.6': 'zaterdag',
  'hours.weekdayOn.7': 'zondag',
  'hours.holiday.GB-ENG': 'een officiële feestdag in Engeland en Wales',
  'hours.holiday.BE': 'een officiële feestdag in België',
  'hours.holiday.DE': 'een officiële feestdag in Duitsland',
  'hours.holidayToday': 'Vandaag is het {holiday}, dus de tijden kunnen anders zijn.',
  'hours.usualToday': 'Normale tijden vandaag: {times} ({zone}).',
  'hours.usuallyClosedToday': 'Vandaag meestal gesloten.',
  'hours.closedBeforeHoliday':
    'Nu gesloten. Opent meestal {day} om {time} {zone}{local}, maar dan is het {holiday}, dus de tijden kunnen anders zijn.',
  'hours.timeRange': '{open} tot {close}',
  'moreHelp.heading': 'Meer hulp',
  'moreHelp.selfHelp': 'Gratis, anonieme zelfhulp online',
  'moreHelp.someoneElse': 'Zorgen over iemand anders?',
  'online.heading': 'Anonieme hulp online, waar u ook bent',
  'online.elsewhereIntro':
    'Signpost kent geen hulplijn voor de plek waar u bent. Deze onlineprogramma’s staan open voor iedereen.',
  'helpNow.heading': 'Als u nu hulp nodig heeft',
  'helpNow.ownLife': 'Als uw leven in gevaar is, bel dan {number}.',
  'helpNow.ownLifeElsewhere': 'Als uw leven in gevaar is, bel dan het lokale alarmnummer.',
  'helpNow.danger': 'Is een kind nu in gevaar? Bel {number}.',
  'helpNow.dangerElsewhere': 'Is een kind nu in gevaar? Bel het lokale alarmnummer.',
  'footer.promise': 'Signpost slaat niets op en verstuurt niets.',
  'footer.guide': 'De volledige gids openen',
  'footer.independent': 'Onafhankelijk van Stop It Now!',
  'link.newTab': '(opent in een nieuw tabblad)',
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    samaritans: {
      helpNow: 'Heeft u het moeilijk? {name}, {number}, gratis, op elk moment.',
    },
    'lifeline-988': {
      helpNow: 'Heeft u het moeilijk? Bel of sms {number}, de Suicide & Crisis Lifeline.',
    },
    'lifeline-au': {
      helpNow: 'Heeft u het moeilijk? {name}, {number}, op elk moment. Of sms naar {text}.',
    },
    telefonseelsorge: {
      helpNow: 'Heeft u het moeilijk? {name}, {number}, gratis, op elk moment.',
    },
    childline: {
      young: 'Jonger dan 19? {name}: {number}, op elk moment',
    },
    'find-a-helpline': {
      helpNow: 'Heeft u het moeilijk? {link}.',
      linkLabel: 'Zoek een gratis, vertrouwelijke hulplijn in uw land',
    },
    'stop-it-now-uk': {
      confidential: 'Vertrouwelijk: u hoeft uw naam niet te geven.',
      linkLabel: 'Livechat of beveiligd bericht',
      languages: 'In het Engels of het Welsh. Een tolk kan aan het gesprek deelnemen.',
      passesOnShort:
        'Als u gegevens geeft waarmee u te herkennen bent, en ook iets zegt waarmee een kind te herkennen is dat is misbruikt of risico loopt, of iets wat erop wijst dat iemand anders risico loopt op schade, dan geeft de hulplijn dat door. De hulplijn geeft ook gegevens over strafbare feiten door.',
    },
    'stop-it-now-au': {
      confidential: 'Anoniem: de hulplijn weet alleen wat u zelf wilt vertellen.',
      passesOnShort:
        'Als de hulplijn reden heeft om aan te nemen dat er een strafbaar feit is gepleegd (ook online), of dat een kind risico loopt op aanzienlijke schade, meldt de hulplijn dat bij de bevoegde instanties, zoals de politie of de kinderbescherming.',
    },
    'stop-it-now-us': {
      linkLabel: 'Hulp voor volwassenen die zich zorgen maken over hun eigen gedachten',
    },
    'kein-taeter-werden': {
      about:
        'Gratis therapie onder medisch beroepsgeheim op ongeveer 11 plaatsen in Duitsland. Uw eerste contact kan anoniem zijn.',
    },
    'troubled-desire': {
      about: 'Anonieme, gratis zelftest en zelfhulp in uw browser, in verschillende talen.',
    },
    redirection: {
      about:
        'Een anoniem zelfhulpprogramma op basis van cognitieve gedragstherapie (CGT). In het Engels, Spaans, Fins en andere talen.',
    },
    'prevent-it': {
      about:
        'Anonieme, gratis onlinetherapie met steun van een therapeut, voor volwassenen. Het is een onderzoeksprogramma: sommige mensen moeten wachten voordat hun therapie begint, en misschien kunnen er nu geen nieuwe mensen meedoen.',
    },
    'zelfmoordpreventie-113': {
      helpNow: 'Heeft u het moeilijk? {name}: bel {number}, of gratis {otherNumber}.',
    },
    kindertelefoon: {
      young: 'Tussen 8 en 18 jaar? {name}: {number}, gratis en anoniem',
    },
    'stop-it-now-nl': {
      confidential: 'Anoniem.',
    },
    'stop-it-now-bruxelles': {
      confidential:
        'Het nummer staat niet op uw telefoonrekening. U hoeft niet te zeggen wie u bent of waar u precies woont.',
      passesOnShort:
        'Alleen als iemand jonger dan 18, of een andere kwetsbare persoon, in direct gevaar is, kan de hulplijn de autoriteiten inlichten.',
    },
    'zelfmoordlijn-1813': {
      helpNow: 'Heeft u het moeilijk? Bel de {name} op {number}, gratis, op elk moment.',
    },
    'centre-prevention-suicide': {
      helpNow: 'Of bel het {name} op {number}, op elk moment, anoniem.',
    },
    'suicide-3114': {
      helpNow: 'Heeft u het moeilijk? Bel {number}, de nationale lijn voor zelfmoordpreventie, gratis, op elk moment.',
    },
    'safe-to-talk': {
      confidential: 'Vertrouwelijke hulp en steun.',
    },
    'need-to-talk-1737': {
      helpNow: 'Heeft u het moeilijk? Bel {number} of sms naar {text}, gratis, op elk moment.',
    },
    'kids-helpline': {
      young: 'Tussen 5 en 25 jaar? {name}: {number}, op elk moment',
    },
    'nummer-gegen-kummer': {
      young: 'Kind of jongere? {name}: {number}, gratis en anoniem',
    },
  },
} satisfies PopupMessages;
