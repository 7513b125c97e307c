/**
 * The popup's sentences in English (the guide shows them too). Whole sentences with named
 * {placeholders}, so a translator sees the sentence and can reorder it. Every other
 * language's popup.ts must have exactly these keys: a missing one fails the type check.
 * Style: GOV.UK and NHS plain English; kind, person-first, never "completely anonymous".
 */

export default {
  'page.title': 'Signpost',
  'lang.label': 'Language',
  'popup.heading': 'Get help',
  'region.label': 'Help for',
  'helpline.heading': '{name} helpline',
  'helpline.call': 'Call {number}',
  'helpline.text': 'Text {number}',
  'helpline.copy': 'Copy',
  'helpline.copied': 'Number copied: {number}',
  'helpline.copyFailed': 'Could not copy. The number is selected: press Ctrl+C or Cmd+C to copy it.',
  'helpline.website': 'Visit the {name} website',
  'helpline.passesOnHeading': 'What they pass on',
  'cost.free-uk': 'Free from UK phones.',
  'cost.charged-provider': 'From Ireland. Your phone provider may charge for the call.',
  'cost.free': 'Free.',
  'cost.free-toll': 'Toll-free.',
  'cost.free-lifeline': 'Free from mobiles. Landlines pay the cost of a local call.',
  // The price of an ordinary call, no more (France's "non surtaxé"): never "free".
  'cost.normal-rate': 'The cost of a normal call.',
  // At most CHF 0.20 a call (Switzerland's 143); what a call to an ordinary landline number
  // costs (Norway's Kirkens SOS). Neither is ever "free".
  'cost.max-chf-0-20': 'A call costs at most CHF 0.20.',
  'cost.landline-rate': 'The cost of an ordinary landline call.',
  'hours.open': 'Open now, until {time} {zone}{local}.',
  'hours.closedToday': 'Closed now. Opens today at {time} {zone}{local}.',
  'hours.closedTomorrow': 'Closed now. Opens tomorrow at {time} {zone}{local}.',
  'hours.closedLater': 'Closed now. Opens {day} at {time} {zone}{local}.',
  // Added where the person's clock differs from the service's; note the leading space.
  'hours.local': ' ({time} your time)',
  'hours.always': 'Open 24 hours, every day.',
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
  'hours.holiday.GB': 'a bank holiday in the UK',
  'hours.holiday.GB-ENG-NIR': 'a bank holiday in England, Wales and Northern Ireland',
  'hours.holiday.GB-ENG': 'a bank holiday in England and Wales',
  'hours.holiday.GB-SCT': 'a bank holiday in Scotland',
  'hours.holiday.GB-NIR': 'a bank holiday in Northern Ireland',
  'hours.holiday.GB-part': 'a bank holiday in part of the UK',
  'hours.holiday.BE': 'a public holiday in Belgium',
  'hours.holiday.DE': 'a public holiday in Germany',
  'hours.holiday.DE-STATES': 'a public holiday in some German states',
  'hours.holidayToday': 'Today is {holiday}, so the hours may differ.',
  'hours.closedBeforeHoliday': 'Closed now, and {day} is {holiday}, so the hours may differ.',
  'moreHelp.heading': 'More help',
  'moreHelp.selfHelp': 'Free, anonymous self-help online',
  'moreHelp.someoneElse': 'Worried about someone else?',
  'online.heading': 'Anonymous help online, wherever you are',
  'online.elsewhereIntro':
    'Signpost does not know a helpline for where you are. These online programmes are not limited to one country.',
  'helpNow.heading': 'If you need help now',
  'helpNow.ownLife': 'If your life is in danger, call {number}.',
  'helpNow.ownLifeOr': 'If your life is in danger, call {number} (or {otherNumber}).',
  'helpNow.ownLifeElsewhere': 'If your life is in danger, call your local emergency number.',
  'helpNow.danger': 'A child in danger now: call {number}.',
  'helpNow.dangerOr': 'A child in danger now: call {number} (or {otherNumber}).',
  'helpNow.dangerElsewhere': 'A child in danger now: call your local emergency number.',
  'footer.promise': 'Signpost stores nothing and sends nothing.',
  'footer.guide': 'Open the full guide',
  'footer.independent': 'Independent of Stop It Now!',
  'link.newTab': '(opens in a new tab)',
} as const;
