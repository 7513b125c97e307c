/**
 * The popup's sentences in English (the guide shows them too). Whole sentences with named
 * {placeholders}, so a translator sees the sentence and can reorder it. Every other
 * language's popup.ts must have exactly these keys: a missing one fails the type check.
 * Style: GOV.UK and NHS plain English; kind, person-first, never "completely anonymous".
 */
import type { PopupServiceWords } from '../words';

export default {
  'page.title': 'Signpost',
  'lang.label': 'Language',
  'popup.heading': 'Confidential help',
  'region.label': 'Help for',
  'region.uk': 'United Kingdom',
  'region.ie': 'Ireland',
  'region.us': 'United States',
  'region.au': 'Australia',
  'region.de': 'Germany',
  'region.nl': 'Netherlands',
  'region.be': 'Belgium',
  'region.fr': 'France',
  'region.nz': 'New Zealand',
  'region.elsewhere': 'Somewhere else',
  'helpline.heading': '{name} helpline',
  'helpline.call': 'Call {number}',
  'helpline.text': 'Text {number}',
  'helpline.copy': 'Copy number',
  'helpline.copied': 'Number copied: {number}',
  'helpline.copyFailed': 'Could not copy. The number is selected: press Ctrl+C or Cmd+C to copy it.',
  'helpline.website': 'Visit the {name} website',
  'helpline.passesOnHeading': 'What they pass on:',
  'cost.free-uk': 'Free from UK phones.',
  'cost.charged-provider': 'From Ireland. Your phone provider may charge for the call.',
  'cost.free': 'Free.',
  'cost.free-toll': 'Toll-free.',
  'cost.free-lifeline': 'Free from mobiles. Landlines pay the cost of a local call.',
  // The price of an ordinary call, no more (France's "non surtaxé"): never "free".
  'cost.normal-rate': 'The cost of a normal call.',
  'hours.open': 'Open now, until {time} {zone}{local}.',
  'hours.closedToday': 'Closed now. Opens today at {time} {zone}{local}.',
  'hours.closedTomorrow': 'Closed now. Opens tomorrow at {time} {zone}{local}.',
  'hours.closedLater': 'Closed now. Opens {day} at {time} {zone}{local}.',
  // Added where the person's clock differs from the service's; note the leading space.
  'hours.local': ' ({time} your time)',
  'hours.always': 'Open 24 hours, every day.',
  'hours.holidays': 'Hours may differ on public holidays.',
  // A time, on the hour or not; {h12} and {h24} are the same hour on 12- and 24-hour clocks.
  'hours.clock.am': '{h12}am',
  'hours.clock.pm': '{h12}pm',
  'hours.clock.amMinutes': '{h12}:{mm}am',
  'hours.clock.pmMinutes': '{h12}:{mm}pm',
  'hours.zone.Europe/London': 'UK time',
  'hours.zone.Europe/Brussels': 'Belgian time',
  'hours.zone.Europe/Berlin': 'German time',
  'hours.dayTime': '{day} {time}',
  // Day names come from here, never from Intl: Chromium's Intl has no Welsh.
  'hours.weekday.1': 'Monday',
  'hours.weekday.2': 'Tuesday',
  'hours.weekday.3': 'Wednesday',
  'hours.weekday.4': 'Thursday',
  'hours.weekday.5': 'Friday',
  'hours.weekday.6': 'Saturday',
  'hours.weekday.7': 'Sunday',
  // The day as it reads after "opens" ("Opens Monday at 9am").
  'hours.weekdayOn.1': 'Monday',
  'hours.weekdayOn.2': 'Tuesday',
  'hours.weekdayOn.3': 'Wednesday',
  'hours.weekdayOn.4': 'Thursday',
  'hours.weekdayOn.5': 'Friday',
  'hours.weekdayOn.6': 'Saturday',
  'hours.weekdayOn.7': 'Sunday',
  // Public holidays, from date-holidays at build time: no page states a line's hours on one.
  'hours.holiday.GB-ENG': 'a bank holiday in England and Wales',
  'hours.holiday.BE': 'a public holiday in Belgium',
  'hours.holiday.DE': 'a public holiday in Germany',
  'hours.holidayToday': 'Today is {holiday}, so the hours may differ.',
  'hours.usualToday': 'Usual hours today: {times} ({zone}).',
  'hours.usuallyClosedToday': 'Usually closed today.',
  'hours.closedBeforeHoliday':
    'Closed now. It usually opens {day} at {time} {zone}{local}, but that is {holiday}, so the hours may differ.',
  'hours.timeRange': '{open} to {close}',
  'moreHelp.heading': 'More help',
  'moreHelp.selfHelp': 'Free, anonymous self-help online',
  'moreHelp.someoneElse': 'Worried about someone else?',
  'online.heading': 'Anonymous help online, wherever you are',
  'online.elsewhereIntro':
    'Signpost does not know a helpline for where you are. These online programmes are open to anyone.',
  'helpNow.heading': 'If you need help now',
  'helpNow.ownLife': 'If your life is in danger, call {number}.',
  'helpNow.ownLifeElsewhere': 'If your life is in danger, call your local emergency number.',
  'helpNow.danger': 'A child in danger now: call {number}.',
  'helpNow.dangerElsewhere': 'A child in danger now: call your local emergency number.',
  'footer.promise': 'Signpost stores nothing and sends nothing.',
  'footer.guide': 'Open the full guide',
  'footer.independent': 'Independent of Stop It Now!',
  'link.newTab': '(opens in a new tab)',
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    samaritans: {
      helpNow: 'Struggling to cope? {name}, {number}, free, any time.',
    },
    'lifeline-988': {
      helpNow: 'Struggling to cope? Call or text {number}, the Suicide & Crisis Lifeline.',
    },
    'lifeline-au': {
      helpNow: 'Struggling to cope? {name}, {number}, any time. Or text {text}.',
    },
    telefonseelsorge: {
      helpNow: 'Struggling to cope? {name}, {number}, free, any time.',
    },
    childline: {
      young: 'Under 19? {name}: {number}, any time',
    },
    'find-a-helpline': {
      helpNow: 'Struggling to cope? {link}.',
      linkLabel: 'Find a free, confidential helpline in your country',
    },
    'stop-it-now-uk': {
      confidential: 'Confidential: you don’t have to give your name.',
      linkLabel: 'Live chat or secure message',
      languages: 'In English or Welsh. An interpreter can join the call.',
      passesOnShort:
        'If you identify yourself and also say something that identifies a child who has been abused or is at risk, or suggests anyone else is at risk of harm, they pass it on. They also pass on details of any crime.',
    },
    'stop-it-now-au': {
      confidential: 'Anonymous: they only know what you choose to tell them.',
      passesOnShort:
        'If they have reason to believe that an offence has happened (including online), or that a child is at risk of significant harm, they report it to the relevant authorities, such as the police or child protection.',
    },
    'stop-it-now-us': {
      linkLabel: 'Help for adults worried about their own thoughts',
    },
    'kein-taeter-werden': {
      about:
        'Free therapy under medical confidentiality at about 11 places in Germany. Your first contact can be anonymous.',
    },
    'troubled-desire': {
      about: 'Anonymous, free self-assessment and self-help in your browser, in several languages.',
    },
    redirection: {
      about:
        'An anonymous self-help programme based on cognitive behavioural therapy (CBT). In English, Spanish, Finnish and more.',
    },
    'prevent-it': {
      about:
        'Anonymous, free online therapy with a therapist’s support, for adults. It is a research programme: some people wait before their therapy starts, and it may not be taking new people.',
    },
    'zelfmoordpreventie-113': {
      helpNow: 'Struggling to cope? {name}: call {number}, or {otherNumber} for free.',
    },
    kindertelefoon: {
      young: 'Aged 8 to 18? {name}: {number}, free and anonymous',
    },
    'stop-it-now-nl': {
      confidential: 'Anonymous.',
    },
    'stop-it-now-bruxelles': {
      confidential:
        'Not shown on your phone bill. You don’t have to say who you are or exactly where you live.',
      passesOnShort:
        'They may tell the authorities only if someone under 18, or another vulnerable person, is in immediate danger.',
    },
    'zelfmoordlijn-1813': {
      helpNow: 'Struggling to cope? Call {name} on {number}, free, any time.',
    },
    'centre-prevention-suicide': {
      helpNow: 'Or call {name} on {number}, any time, anonymously.',
    },
    'suicide-3114': {
      helpNow: 'Struggling to cope? Call {number}, the national suicide prevention line, free, any time.',
    },
    'safe-to-talk': {
      confidential: 'Confidential help and support.',
    },
    'need-to-talk-1737': {
      helpNow: 'Struggling to cope? Call {number} or text {text}, free, any time.',
    },
    'kids-helpline': {
      young: 'Aged 5 to 25? {name}: {number}, any time',
    },
    'nummer-gegen-kummer': {
      young: 'A child or young person? {name}: {number}, free and anonymous',
    },
  } satisfies Record<string, PopupServiceWords>,
} as const;
