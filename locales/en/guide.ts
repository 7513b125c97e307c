/**
 * The full guide's sentences in English, loaded only by the guide, so the popup stays
 * small. Every other language's guide.ts must have exactly these keys.
 */

export default {
  'footer.independentFull':
    'Signpost is independent. It is not made or endorsed by Stop It Now! or the Lucy Faithfull Foundation.',
  'guide.heading': 'Confidential help: the full guide',
  'guide.intro':
    'For anyone worried about their own sexual thoughts or behaviour towards children, for the people around them, and for professionals. Take your time. You can leave at any moment: use “Exit this page” or press Shift three times.',
  'guide.skip': 'Skip to main content',
  'guide.exit': 'Exit this page',
  'guide.contents': 'Contents',
  'guide.settings': 'Country and language',
  'section.self': 'Worried about your own sexual thoughts or behaviour',
  'section.family': 'Worried about someone else',
  'section.young':
    'Worried about a child’s sexual behaviour, or you are young and worried about yourself',
  'section.professionals': 'For counsellors and other professionals',
  'section.crisis': 'In crisis, or a child is in danger now',
  'section.report': 'Reporting sexual images of children',
  'section.privacy': 'About Signpost and your privacy',
  'self.intro': 'Reaching out is a strong first step.',
  'self.talk': 'You can talk to someone in confidence about what worries you, without giving your name.',
  // Where the sheet does not say the helpline can be used without a name.
  'self.talkPlain': 'You can talk to someone about what worries you.',
  'self.callHeading': 'What happens when you call',
  'self.confidentialHeading': 'What is kept confidential, and what is passed on',
  'self.confidentialUnknown':
    'Ask the service what it keeps confidential before you give any details about yourself.',
  'self.selfHelpHeading': 'Free, anonymous self-help online',
  // Services that each serve one part of the country (New Zealand's), each with its area.
  'self.regionalHeading': 'Specialist services in each part of the country',
  'self.regionalService': '{name}: {number}. {about}',
  'self.treatmentHeading': 'Treatment and counselling where you are',
  'self.noHelpline':
    'Signpost does not know a helpline for where you are. The online programmes below are open to anyone.',
  'family.intro':
    'If you are worried about a partner, relative or friend, or someone close to you has been arrested, you can get help too. What they did is not your fault.',
  'family.helpline': 'The {name} helpline is for family and friends too.',
  'family.page': 'Advice for family and friends',
  'family.inform':
    'After you contact the helpline, they may offer Inform: a programme for partners, relatives and friends of someone arrested, cautioned or convicted for online offences.',
  'family.childHeading': 'Worried about a child?',
  'family.yourselfHeading': 'Looking after yourself',
  'family.yourself': 'This can be a lot to carry. If you are struggling, talk to someone.',
  'family.none': 'Signpost does not know a service for family and friends where you are.',
  'young.intro':
    'Children and young people can show sexual behaviour that is harmful, and with the right help it can stop. If you are a young person and worried about your own thoughts or behaviour, you can talk to someone too.',
  'young.parents': 'Advice for parents and carers',
  'young.none':
    'Signpost does not know a service for young people where you are. If someone is in danger now, call your local emergency number.',
  'young.noneDanger':
    'Signpost does not know a service for young people where you are. If a child or young person is in danger now, call {number}.',
  'professionals.doesHeading': 'What Signpost does, and does not do',
  'professionals.does':
    'Signpost puts confidential help one click away: the helpline, its hours, what it keeps confidential and a crisis line.',
  'professionals.languages': 'You can read it in any of these languages: {languages}.',
  'professionals.doesNot':
    'It does not monitor, block or report anything. It stores nothing and sends nothing. It is not a treatment or a substitute for one.',
  'professionals.recommendHeading': 'How to recommend it',
  'professionals.recommend':
    'Suggest that the person installs Signpost themselves, from their browser’s add-on store, on a device they use. Or give them the card below, printed or as a message.',
  'professionals.caseAdvice': 'The {name} helpline also takes calls from professionals who want advice about a case.',
  'card.heading': 'A card to give to someone',
  'card.intro': 'The card shows the help for the country and language chosen above.',
  'card.print': 'Print a card',
  'card.copy': 'Copy these details',
  'card.copied': 'Details copied. You can paste them into a message.',
  'card.copyFailed': 'Could not copy. The details are selected: press Ctrl+C or Cmd+C to copy them.',
  'card.title': 'Confidential help',
  'card.helpline': '{name} helpline: {number}',
  'card.number': '{number}: {cost}',
  'card.link': '{label}: {url}',
  'card.website': 'Website',
  'card.selfHelp': 'Free, anonymous self-help',
  'card.qr': 'Scan to open {url}',
  'card.qrLabel': 'QR code for {url}',
  'crisis.danger': 'If a child is in danger now, call {number}.',
  'crisis.dangerOr': 'If a child is in danger now, call {number} (or {otherNumber}).',
  'crisis.dangerElsewhere': 'If a child is in danger now, call your local emergency number.',
  'crisis.emergencyNumber': '{number}: {about}.',
  'crisis.suicide':
    'If you are having thoughts of suicide, you are not alone, and you deserve support. Please talk to someone now.',
  'crisis.investigation':
    'If you have been arrested or are under investigation and feel you cannot go on, please talk to someone now. Many people in that situation feel this way, and help is there.',
  'crisis.informPlus':
    'Stop It Now! also runs courses for people arrested or convicted for online offences (Inform Plus): ask the helpline.',
  'crisis.advice':
    'Stop It Now! suggests that people in crisis contact their GP, their local NHS urgent mental health line, or Samaritans.',
  'report.intro': 'Reporting an image can stop it being seen again.',
  'report.warning':
    'Never download, screenshot, save or send an image, not even to report it: that can itself be a crime. Report only the web address.',
  'report.anonymous': 'You can report anonymously.',
  'report.notAnonymous': 'This report is not anonymous.',
  'report.link': 'Report to {name}',
  'report.none': 'Signpost does not know a reporting service for where you are.',
  'privacy.permissionsHeading': 'Permissions',
  'privacy.permissionsNone': 'None. Your browser reports that Signpost holds no permissions.',
  'privacy.permissionsSome': 'Your browser reports that Signpost holds these permissions:',
  'privacy.background':
    'Signpost has no background process. It runs only while this page or its popup is open, and it puts nothing into the websites you visit.',
  'privacy.connections':
    'Its own security policy blocks every connection: its pages cannot send anything anywhere.',
  'privacy.lookups':
    'Its pages also ask your browser not to look up linked websites in advance, before you choose one, and not to tell a website that you came from Signpost.',
  'privacy.storage':
    'It stores nothing: no settings, cookies or data of its own. The country and language you choose are kept only in this page while it is open, and are gone when you close it.',
  'privacy.historyHeading': 'This guide in your browser’s history',
  'privacy.history':
    'Each time you open this guide, Chrome and Edge list it in their history as “Signpost”. Its address there shows the country and language it opened in, but none of the choices you make in it. Firefox does not list it. The popup never appears in history.',
  'privacy.historyRemove':
    'To remove it, open your history (Ctrl+H in Chrome or Edge, Cmd+Y on a Mac), find “Signpost” and delete it.',
  'privacy.closedTabs':
    'After you close this guide, even with “Exit this page”, it can be opened again from the browser’s list of recently closed tabs. For that list, the browser keeps its address (which shows the country and language it opened in) and how far down the page you had scrolled, but none of the choices you made in it. Clearing your browsing history empties that list: press Ctrl+Shift+Delete (Cmd+Shift+Delete on a Mac) and choose browsing history.',
  'privacy.clipboard':
    'If you copy a number or the card, it stays on your device’s clipboard (and in its clipboard history, if that is turned on) until you copy something else.',
  'privacy.shortcutHeading': 'Opening Signpost from the keyboard',
  'privacy.shortcut': 'Press {keys} to open Signpost’s popup.',
  'privacy.shortcutNone': 'No keyboard shortcut is set for Signpost.',
  'privacy.shortcutChange':
    'To set or change it: in Chrome, go to chrome://extensions/shortcuts; in Edge, edge://extensions/shortcuts; in Firefox, go to about:addons, choose the gear button, then Manage Extension Shortcuts.',
  'privacy.links': 'Links lead to other organisations’ websites, which have their own privacy policies.',
  'privacy.version': 'Signpost version {version}.',
  'hours.range': '{days}, {times} ({zone})',
  'hours.dayRange': '{from} to {to}',
  'hours.dayPair': '{from} and {to}',
} as const;
