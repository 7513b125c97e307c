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
  'cost.max-chf-0-20': 'Een gesprek kost hoogstens CHF 0,20.',
  'cost.landline-rate': 'De kosten van een gewoon gesprek naar een vast nummer.',
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
  'helpNow.ownLifeOr': 'Als uw leven in gevaar is, bel dan {number} (of {otherNumber}).',
  'helpNow.ownLifeElsewhere': 'Als uw leven in gevaar is, bel dan het lokale alarmnummer.',
  'helpNow.danger': 'Is een kind nu in gevaar? Bel {number}.',
  'helpNow.dangerOr': 'Is een kind nu in gevaar? Bel {number} (of {otherNumber}).',
  'helpNow.dangerElsewhere': 'Is een kind nu in gevaar? Bel het lokale alarmnummer.',
  'footer.promise': 'Signpost slaat niets op en verstuurt niets.',
  'footer.guide': 'De volledige gids openen',
  'footer.independent': 'Onafhankelijk van Stop It Now!',
  'link.newTab': '(opent in een nieuw tabblad)',
} satisfies PopupMessages;
