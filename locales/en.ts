/**
 * Every word Signpost shows, in English. Whole sentences with named {placeholders}, so a
 * translator sees the sentence and can reorder it. cy.ts must have exactly these keys.
 * Style: GOV.UK and NHS plain English; kind, person-first, never "completely anonymous".
 */
export const en = {
  'lang.name': 'English',
  'lang.switchTo': 'Cymraeg',
  'lang.switchToLabel': '{language} (newid i’r Gymraeg)',

  'page.title': 'Signpost',
  'popup.heading': 'Confidential help',
  'popup.intro':
    'For anyone worried about their own sexual thoughts or behaviour towards children, or about someone else’s.',

  'region.label': 'Help for',
  'region.uk': 'United Kingdom',
  'region.ie': 'Ireland',
  'region.us': 'United States',
  'region.au': 'Australia',
  'region.de': 'Germany',
  'region.elsewhere': 'Somewhere else',

  'helpline.heading': '{name} helpline',
  'helpline.call': 'Call {number}',
  'helpline.text': 'Text {number}',
  'helpline.copy': 'Copy number',
  'helpline.copied': 'Number copied: {number}',
  'helpline.copyFailed': 'Could not copy. The number is selected: press Ctrl+C or Cmd+C to copy it.',
  'helpline.website': 'Visit the {name} website',
  'helpline.passesOnHeading': 'What they pass on',
  'helpline.fullWording': 'Read the full wording',

  'cost.free-uk': 'Free from UK phones.',
  'cost.charged-provider': 'From Ireland. Your phone provider charges for the call.',
  'cost.free': 'Free.',
  'cost.free-lifeline': 'Free from mobiles. Landlines pay the cost of a local call.',

  'hours.open': 'Open now, until {time} {zone}{local}.',
  'hours.closedToday': 'Closed now. Opens today at {time} {zone}{local}.',
  'hours.closedTomorrow': 'Closed now. Opens tomorrow at {time} {zone}{local}.',
  'hours.closedLater': 'Closed now. Opens {day} at {time} {zone}{local}.',
  // Added where the person's clock differs from the service's; note the leading space.
  'hours.local': ' ({time} your time)',
  'hours.always': 'Open 24 hours, every day.',
  'hours.holidays': 'Hours may differ on public holidays.',
  'hours.range': '{days}, {times}',
  'hours.dayRange': '{from} to {to}',
  'hours.timeRange': '{open} to {close}',
  'hours.am': 'am',
  'hours.pm': 'pm',
  'hours.zone.Europe/London': 'UK time',
  'hours.dayTime': '{day} {time}',

  'routes.heading': 'More help',
  'routes.selfHelp': 'Free, anonymous self-help online',
  'routes.someoneElse': 'Worried about someone else?',
  'routes.youngPerson': 'Under 18? {name}: {number}, free, any time',
  'routes.youngPersonLink': 'Under 18? Talk to {name}',
  'routes.onlineHeading': 'Free, anonymous help online, wherever you are',
  'routes.elsewhereIntro':
    'Signpost does not know a helpline for where you are. These online programmes are open to anyone.',

  'crisis.heading': 'If you need help now',
  'crisis.samaritans': 'Struggling to cope? {name}, {number}, free, any time.',
  'crisis.lifeline-988': 'Struggling to cope? Call or text {number}, the Suicide & Crisis Lifeline.',
  'crisis.lifeline-au': 'Struggling to cope? {name}, {number}, any time. Or text {text}.',
  'crisis.telefonseelsorge': 'Struggling to cope? {name}, {number}, free, any time, in German.',
  'crisis.danger': 'A child in danger now: call {number}.',
  'crisis.dangerElsewhere': 'A child in danger now: call your local emergency number.',

  'footer.promise': 'Signpost stores nothing and sends nothing.',
  'footer.guide': 'Open the full guide',
  'footer.independent': 'Independent: not made by Stop It Now!',
  'footer.independentFull':
    'Signpost is independent. It is not made or endorsed by Stop It Now! or the Lucy Faithfull Foundation.',

  'link.newTab': '(opens in a new tab)',

  'service.stop-it-now-uk.about':
    'A confidential helpline for anyone worried about their own sexual thoughts or behaviour towards children, for family and friends, and for professionals.',
  'service.stop-it-now-uk.confidential': 'Confidential: you don’t have to give your name.',
  'service.stop-it-now-uk.linkLabel': 'Live chat or secure message',
  'service.stop-it-now-uk.languages': 'In English or Welsh. An interpreter can join the call.',
  'service.stop-it-now-uk.passesOnShort':
    'If you say who you are and identify a child at risk or describe a crime, they pass it on.',
  'service.stop-it-now-uk.passesOnFull':
    'You do not have to give your name or any detail that identifies you. If you give details that identify you, and also information that identifies a child who has been abused or is at risk of abuse, or that suggests anyone else is at risk of harm, the helpline passes it on to the appropriate agencies. Details of any criminal offence are also passed on.',
  'service.stop-it-now-uk-self-help.about':
    'Free, anonymous self-help for people worried about their own sexual thoughts or behaviour.',
  'service.stop-it-now-uk-someone-else.about':
    'For partners, family and friends worried about another adult, including after an arrest.',
  'service.stop-it-now-uk-child-behaviour.about':
    'For parents and carers worried about a child’s or young person’s sexual behaviour.',
  'service.stop-it-now-uk-faq.about': 'Answers to the questions people often ask.',
  'service.childline.about': 'For anyone under 19. Free, any time, by phone or 1-2-1 chat.',
  'service.nspcc.about': 'For adults worried about a child.',
  'service.samaritans.about': 'Someone to talk to, free, any time, in the UK and Ireland.',
  'service.emergency-999.about': 'Police, ambulance or fire, in an emergency.',
  'service.emergency-112-ie.about': 'Gardaí, ambulance or fire, in an emergency.',
  'service.iwf.about':
    'Report sexual images of children anonymously. You only need to give the web address.',
  'service.ceop.about':
    'Report online sexual abuse or grooming of someone under 18. This is a police report: it is not anonymous.',
  'service.stop-it-now-us.about':
    'A toll-free, confidential helpline by phone, email and chat, for anyone worried about their own or someone else’s sexual thoughts or behaviour towards children.',
  'service.lifeline-988.about': 'The 988 Suicide & Crisis Lifeline: call or text 988.',
  'service.ncmec.about': 'Report sexual images of children. You can report anonymously.',
  'service.emergency-911.about': 'In an emergency.',
  'service.stop-it-now-au.about':
    'A confidential helpline and anonymous live chat for anyone worried about their own or someone else’s sexual thoughts or behaviour towards children.',
  'service.stop-it-now-au.passesOnShort':
    'Stop It Now! Australia follows Australian mandatory reporting laws, including for online offending.',
  'service.lifeline-au.about': 'Crisis support, 24 hours a day. You can also text.',
  'service.emergency-000.about': 'In an emergency.',
  'service.kein-taeter-werden.about':
    'Free therapy under medical confidentiality at about 11 places in Germany. Your first contact can be anonymous. In German.',
  'service.telefonseelsorge.about':
    'Free crisis line, 24 hours. The number does not appear on your phone bill. Chat and email too. In German.',
  'service.emergency-112-de.about': 'In an emergency. Police: 110.',
  'service.troubled-desire.about':
    'Anonymous, free self-assessment and self-help in your browser, in several languages.',
  'service.redirection.about':
    'An anonymous self-help programme for people who want to stop viewing sexual images of children. English, Spanish, Finnish and more.',
  'service.prevent-it.about':
    'Anonymous, free online therapy with a therapist’s support, run as a research study. It may not be taking new people.',
} as const;
