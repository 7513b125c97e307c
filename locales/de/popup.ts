/**
 * Deutsch: the popup's sentences. Placeholders keep their English names; tests check each
 * sentence has the same set. Formal „Sie“ throughout; 24-hour clock („21 Uhr“). Sentences
 * are built so no case ending depends on a placeholder („Wieder erreichbar am Montag ab 9 Uhr“).
 */
import type { PopupMessages } from '@/locales';

export default {
  'page.title': 'Signpost',
  'lang.label': 'Sprache',
  'popup.heading': 'Vertrauliche Hilfe',
  'region.label': 'Hilfe für',
  'region.uk': 'Vereinigtes Königreich',
  'region.ie': 'Irland',
  'region.us': 'Vereinigte Staaten',
  'region.au': 'Australien',
  'region.de': 'Deutschland',
  'region.nl': 'Niederlande',
  'region.be': 'Belgien',
  'region.fr': 'Frankreich',
  'region.nz': 'Neuseeland',
  'region.elsewhere': 'Anderes Land',
  'helpline.heading': 'Hilfetelefon {name}',
  'helpline.call': 'Rufen Sie {number} an',
  'helpline.text': 'Schreiben Sie eine SMS an {number}',
  'helpline.copy': 'Nummer kopieren',
  'helpline.copied': 'Nummer kopiert: {number}',
  'helpline.copyFailed':
    'Kopieren nicht möglich. Die Nummer ist markiert: Drücken Sie Strg+C oder Cmd+C, um sie zu kopieren.',
  'helpline.website': 'Zur Website: {name}',
  'helpline.passesOnHeading': 'Was weitergegeben wird:',
  'cost.free-uk': 'Kostenlos aus britischen Telefonnetzen.',
  'cost.charged-provider': 'Aus Irland. Ihr Telefonanbieter kann für den Anruf Gebühren berechnen.',
  'cost.free': 'Kostenlos.',
  'cost.free-toll': 'Gebührenfrei.',
  'cost.free-lifeline': 'Kostenlos vom Handy. Aus dem Festnetz zum Preis eines Ortsgesprächs.',
  'cost.normal-rate': 'Zum Preis eines normalen Anrufs.',
  // {zone} is „britische Zeit“; {local} is empty or „, bei Ihnen 22 Uhr“, inside the brackets.
  'hours.open': 'Jetzt erreichbar bis {time} ({zone}{local}).',
  'hours.closedToday': 'Jetzt nicht erreichbar. Wieder erreichbar heute ab {time} ({zone}{local}).',
  'hours.closedTomorrow': 'Jetzt nicht erreichbar. Wieder erreichbar morgen ab {time} ({zone}{local}).',
  'hours.closedLater': 'Jetzt nicht erreichbar. Wieder erreichbar am {day} ab {time} ({zone}{local}).',
  // Added where the person's clock differs from the service's; it starts with a comma.
  'hours.local': ', bei Ihnen {time}',
  'hours.always': 'Rund um die Uhr erreichbar, jeden Tag.',
  'hours.holidays': 'An Feiertagen können die Zeiten abweichen.',
  'hours.clock.am': '{h24} Uhr',
  'hours.clock.pm': '{h24} Uhr',
  'hours.clock.amMinutes': '{h24}:{mm} Uhr',
  'hours.clock.pmMinutes': '{h24}:{mm} Uhr',
  'hours.zone.Europe/London': 'britische Zeit',
  'hours.zone.Europe/Brussels': 'belgische Zeit',
  'hours.zone.Europe/Berlin': 'deutsche Zeit',
  'hours.dayTime': 'am {day} um {time}',
  'hours.weekday.1': 'Montag',
  'hours.weekday.2': 'Dienstag',
  'hours.weekday.3': 'Mittwoch',
  'hours.weekday.4': 'Donnerstag',
  'hours.weekday.5': 'Freitag',
  'hours.weekday.6': 'Samstag',
  'hours.weekday.7': 'Sonntag',
  // Der Tag nach „am“ („erreichbar am Montag“).
  'hours.weekdayOn.1': 'Montag',
  'hours.weekdayOn.2': 'Dienstag',
  'hours.weekdayOn.3': 'Mittwoch',
  'hours.weekdayOn.4': 'Donnerstag',
  'hours.weekdayOn.5': 'Freitag',
  'hours.weekdayOn.6': 'Samstag',
  'hours.weekdayOn.7': 'Sonntag',
  'hours.holiday.GB-ENG': 'ein gesetzlicher Feiertag in England und Wales',
  'hours.holiday.BE': 'ein gesetzlicher Feiertag in Belgien',
  'hours.holiday.DE': 'ein gesetzlicher Feiertag in Deutschland',
  'hours.holidayToday': 'Heute ist {holiday}, daher können die Zeiten abweichen.',
  'hours.usualToday': 'Übliche Zeiten heute: {times} ({zone}).',
  'hours.usuallyClosedToday': 'Heute normalerweise nicht erreichbar.',
  'hours.closedBeforeHoliday':
    'Jetzt nicht erreichbar. Normalerweise wieder erreichbar am {day} ab {time} ({zone}{local}), aber an diesem Tag ist {holiday}, daher können die Zeiten abweichen.',
  'hours.timeRange': '{open} bis {close}',
  'moreHelp.heading': 'Weitere Hilfe',
  'moreHelp.selfHelp': 'Kostenlose, anonyme Selbsthilfe online',
  'moreHelp.someoneElse': 'Sorgen um eine andere Person?',
  'online.heading': 'Anonyme Hilfe online, wo immer Sie sind',
  'online.elsewhereIntro':
    'Signpost kennt kein Hilfetelefon dort, wo Sie sind. Diese Online-Programme stehen allen offen.',
  'helpNow.heading': 'Wenn Sie jetzt Hilfe brauchen',
  'helpNow.ownLife': 'Wenn Ihr Leben in Gefahr ist, rufen Sie die {number} an.',
  'helpNow.ownLifeElsewhere': 'Wenn Ihr Leben in Gefahr ist, rufen Sie die örtliche Notrufnummer an.',
  'helpNow.danger': 'Ein Kind ist jetzt in Gefahr: Rufen Sie die {number} an.',
  'helpNow.dangerElsewhere': 'Ein Kind ist jetzt in Gefahr: Rufen Sie die örtliche Notrufnummer an.',
  'footer.promise': 'Signpost speichert nichts und sendet nichts.',
  'footer.guide': 'Den ausführlichen Ratgeber öffnen',
  'footer.independent': 'Unabhängig von Stop It Now!',
  'link.newTab': '(öffnet in einem neuen Tab)',
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    samaritans: {
      helpNow: 'Sie wissen nicht mehr weiter? {name}, {number}, kostenlos, jederzeit.',
    },
    'lifeline-988': {
      helpNow:
        'Sie wissen nicht mehr weiter? Die Suicide & Crisis Lifeline erreichen Sie unter {number}, per Anruf oder SMS.',
    },
    'lifeline-au': {
      helpNow: 'Sie wissen nicht mehr weiter? {name}, {number}, jederzeit. Oder per SMS an {text}.',
    },
    telefonseelsorge: {
      helpNow: 'Sie wissen nicht mehr weiter? {name}, {number}, kostenlos, jederzeit.',
    },
    childline: {
      young: 'Unter 19? {name}: {number}, jederzeit',
    },
    'find-a-helpline': {
      helpNow: 'Sie wissen nicht mehr weiter? {link}.',
      linkLabel: 'Finden Sie ein kostenloses, vertrauliches Hilfetelefon in Ihrem Land',
    },
    'stop-it-now-uk': {
      confidential: 'Vertraulich: Sie müssen Ihren Namen nicht nennen.',
      linkLabel: 'Live-Chat oder sichere Nachricht',
      languages: 'Auf Englisch oder Walisisch. Ein Dolmetschdienst kann zugeschaltet werden.',
      passesOnShort:
        'Wenn Sie Angaben machen, durch die man Sie identifizieren kann, und außerdem Angaben, durch die man ein Kind identifizieren kann, das missbraucht wurde oder gefährdet ist, oder die darauf hindeuten, dass einer anderen Person Schaden droht, gibt das Hilfetelefon dies an die zuständigen Stellen weiter. Angaben zu Straftaten gibt das Hilfetelefon ebenfalls weiter.',
    },
    'stop-it-now-au': {
      confidential: 'Anonym: Das Hilfetelefon weiß nur das, was Sie ihm erzählen möchten.',
      passesOnShort:
        'Wenn das Hilfetelefon Grund zur Annahme hat, dass eine Straftat geschehen ist (auch im Internet) oder einem Kind erheblicher Schaden droht, meldet es dies den zuständigen Behörden, etwa der Polizei oder den Kinderschutzbehörden.',
    },
    'stop-it-now-us': {
      linkLabel: 'Hilfe für Erwachsene, die sich Sorgen wegen ihrer eigenen Gedanken machen',
    },
    'kein-taeter-werden': {
      about:
        'Kostenlose Therapie unter ärztlicher Schweigepflicht an etwa 11 Standorten in Deutschland. Ihr erster Kontakt kann anonym sein.',
    },
    'troubled-desire': {
      about: 'Anonyme, kostenlose Selbsteinschätzung und Selbsthilfe in Ihrem Browser, in mehreren Sprachen.',
    },
    redirection: {
      about:
        'Ein anonymes Selbsthilfeprogramm auf Grundlage der kognitiven Verhaltenstherapie (KVT). Auf Englisch, Spanisch, Finnisch und in weiteren Sprachen.',
    },
    'prevent-it': {
      about:
        'Anonyme, kostenlose Online-Therapie mit therapeutischer Begleitung, für Erwachsene. Es ist ein Forschungsprogramm: Bei manchen beginnt die Therapie erst nach einer Wartezeit, und vielleicht nimmt das Programm keine neuen Personen auf.',
    },
    'zelfmoordpreventie-113': {
      helpNow: 'Sie wissen nicht mehr weiter? {name}: {number}, oder kostenlos unter {otherNumber}.',
    },
    kindertelefoon: {
      young: 'Zwischen 8 und 18? {name}: {number}, kostenlos und anonym',
    },
    'stop-it-now-nl': {
      confidential: 'Anonym.',
    },
    'stop-it-now-bruxelles': {
      confidential:
        'Erscheint nicht auf Ihrer Telefonrechnung. Sie müssen weder sagen, wer Sie sind, noch wo genau Sie wohnen.',
      passesOnShort:
        'Das Hilfetelefon kann die Behörden nur dann informieren, wenn eine Person unter 18 oder eine andere schutzbedürftige Person in unmittelbarer Gefahr ist.',
    },
    'zelfmoordlijn-1813': {
      helpNow: 'Sie wissen nicht mehr weiter? {name}: {number}, kostenlos, jederzeit.',
    },
    'centre-prevention-suicide': {
      helpNow: 'Oder {name}: {number}, jederzeit, anonym.',
    },
    'suicide-3114': {
      helpNow:
        'Sie wissen nicht mehr weiter? Die nationale Suizidpräventions-Hotline erreichen Sie unter {number}, kostenlos, jederzeit.',
    },
    'safe-to-talk': {
      confidential: 'Vertrauliche Hilfe und Unterstützung.',
    },
    'need-to-talk-1737': {
      helpNow:
        'Sie wissen nicht mehr weiter? Rufen Sie die {number} an oder schreiben Sie eine SMS an die {text}, kostenlos, jederzeit.',
    },
    'kids-helpline': {
      young: 'Zwischen 5 und 25? {name}: {number}, jederzeit',
    },
    'nummer-gegen-kummer': {
      young: 'Für Kinder und Jugendliche: {name}, {number}, anonym und kostenlos',
    },
  },
} satisfies PopupMessages;
