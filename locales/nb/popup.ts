/**
 * Norsk bokmål: the popup's sentences. Placeholders keep their English names; tests check
 * each sentence has the same set. Plain public-sector Norwegian (klarspråk), "du" as
 * Norwegian public services write; the services' own Norwegian terms (hjelpetelefon,
 * krisetelefon, nødnummer, taushetsplikt). Times on the 24-hour clock as "kl. 09.00"
 * ({hh} is the hour in two digits); day names in lower case.
 */
import type { PopupMessages } from '@/locales';

export default {
  'page.title': 'Signpost',
  'lang.label': 'Språk',
  'popup.heading': 'Få hjelp',
  'region.label': 'Hjelp i',
  'helpline.heading': 'Hjelpetelefonen {name}',
  'helpline.call': 'Ring {number}',
  'helpline.text': 'Send SMS til {number}',
  // Beside the number, so "Kopier" is enough: "Kopier nummer" is 4 px too wide for the popup's row.
  'helpline.copy': 'Kopier',
  'helpline.copied': 'Nummeret er kopiert: {number}',
  'helpline.copyFailed':
    'Kunne ikke kopiere. Nummeret er markert: Trykk Ctrl+C eller Cmd+C for å kopiere det.',
  'helpline.website': 'Gå til nettstedet til {name}',
  'helpline.passesOnHeading': 'Dette gir de videre',
  'cost.free-uk': 'Gratis fra britiske telefoner.',
  'cost.charged-provider': 'Fra Irland. Teleselskapet ditt kan ta betalt for samtalen.',
  'cost.free': 'Gratis.',
  'cost.free-toll': 'Gratis å ringe.',
  'cost.free-lifeline': 'Gratis fra mobil. Fra fasttelefon koster det som en lokalsamtale.',
  // The price of an ordinary call, no more (France's "non surtaxé"): never "gratis".
  'cost.normal-rate': 'Koster det samme som en vanlig samtale.',
  // At most CHF 0.20 a call (Switzerland's 143); an ordinary landline call (Norway's Kirkens SOS). Never "gratis".
  'cost.max-chf-0-20': 'En samtale koster høyst CHF 0,20.',
  'cost.landline-rate': 'Koster det samme som en vanlig samtale til en fasttelefon.',
  // {time} is "kl. 21.00"; {zone} is "britisk tid"; {local} is empty or " (kl. 22.00 der du er)".
  'hours.open': 'Åpent nå til {time} {zone}{local}.',
  'hours.closedToday': 'Stengt nå. Åpner i dag {time} {zone}{local}.',
  'hours.closedTomorrow': 'Stengt nå. Åpner i morgen {time} {zone}{local}.',
  'hours.closedLater': 'Stengt nå. Åpner {day} {time} {zone}{local}.',
  // Added where the person's clock differs from the service's; note the leading space.
  'hours.local': ' ({time} der du er)',
  'hours.always': 'Åpent hele døgnet, hver dag.',
  // "kl. 09.00", "kl. 17.30": the 24-hour clock, the hour in two digits, a full stop.
  'hours.clock.am': 'kl. {hh}.00',
  'hours.clock.pm': 'kl. {hh}.00',
  'hours.clock.amMinutes': 'kl. {hh}.{mm}',
  'hours.clock.pmMinutes': 'kl. {hh}.{mm}',
  'hours.zone.Europe/London': 'britisk tid',
  'hours.zone.Europe/Brussels': 'belgisk tid',
  'hours.zone.Europe/Berlin': 'tysk tid',
  // Only inside {local}: " (tirsdag kl. 02.00 der du er)".
  'hours.dayTime': '{day} {time}',
  // Lower case, as Norwegian writes them; a schedule line starts with "Åpent" (guide.ts, hours.range).
  'hours.weekday.1': 'mandag',
  'hours.weekday.2': 'tirsdag',
  'hours.weekday.3': 'onsdag',
  'hours.weekday.4': 'torsdag',
  'hours.weekday.5': 'fredag',
  'hours.weekday.6': 'lørdag',
  'hours.weekday.7': 'søndag',
  // The day after "Åpner" ("Åpner mandag kl. 09.00"): no preposition.
  'hours.weekdayOn.1': 'mandag',
  'hours.weekdayOn.2': 'tirsdag',
  'hours.weekdayOn.3': 'onsdag',
  'hours.weekdayOn.4': 'torsdag',
  'hours.weekdayOn.5': 'fredag',
  'hours.weekdayOn.6': 'lørdag',
  'hours.weekdayOn.7': 'søndag',
  // "Offentlig fridag": every public holiday, a bank holiday too (not every one is a "helligdag").
  'hours.holiday.GB': 'en offentlig fridag i Storbritannia',
  'hours.holiday.GB-ENG-NIR': 'en offentlig fridag i England, Wales og Nord-Irland',
  'hours.holiday.GB-ENG': 'en offentlig fridag i England og Wales',
  'hours.holiday.GB-SCT': 'en offentlig fridag i Skottland',
  'hours.holiday.GB-NIR': 'en offentlig fridag i Nord-Irland',
  'hours.holiday.GB-part': 'en offentlig fridag i en del av Storbritannia',
  'hours.holiday.BE': 'en offentlig fridag i Belgia',
  'hours.holiday.DE': 'en offentlig fridag i Tyskland',
  'hours.holiday.DE-STATES': 'en offentlig fridag i noen tyske delstater',
  'hours.holidayToday': 'I dag er det {holiday}, så åpningstidene kan avvike.',
  // {day} is a day's name, as after "Åpner": "og mandag er det …".
  'hours.closedBeforeHoliday': 'Stengt nå, og {day} er det {holiday}, så åpningstidene kan avvike.',
  'moreHelp.heading': 'Mer hjelp',
  'moreHelp.selfHelp': 'Gratis, anonym selvhjelp på nett',
  'moreHelp.someoneElse': 'Bekymret for noen andre?',
  'online.heading': 'Anonym hjelp på nett, uansett hvor du er',
  'online.elsewhereIntro':
    'Signpost kjenner ikke til noen hjelpetelefon der du er. Disse nettprogrammene er ikke begrenset til ett land.',
  'helpNow.heading': 'Hvis du trenger hjelp nå',
  'helpNow.ownLife': 'Hvis livet ditt er i fare, ring {number}.',
  'helpNow.ownLifeOr': 'Hvis livet ditt er i fare, ring {number} (eller {otherNumber}).',
  'helpNow.ownLifeElsewhere': 'Hvis livet ditt er i fare, ring det lokale nødnummeret.',
  'helpNow.danger': 'Er et barn i fare nå? Ring {number}.',
  'helpNow.dangerOr': 'Er et barn i fare nå? Ring {number} (eller {otherNumber}).',
  'helpNow.dangerElsewhere': 'Er et barn i fare nå? Ring det lokale nødnummeret.',
  'footer.promise': 'Signpost lagrer ingenting og sender ingenting.',
  'footer.guide': 'Åpne hele veiledningen',
  'footer.independent': 'Uavhengig av Stop It Now!',
  'link.newTab': '(åpnes i en ny fane)',
} satisfies PopupMessages;
