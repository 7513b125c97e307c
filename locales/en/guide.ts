/**
 * The full guide's sentences in English, loaded only by the guide, so the popup stays
 * small. Every other language's guide.ts must have exactly these keys.
 */

export default {
  'footer.independentFull':
    'Signpost is independent. It is not made or endorsed by Stop It Now! or the Lucy Faithfull Foundation.',
  'guide.heading': 'Get help: the full guide',
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
  'self.intro': 'Sexual images of children show real children, who are harmed again each time an image is viewed. The images are illegal, but people do stop, and help is there for you.',
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
    'Signpost does not know a helpline for where you are. The online programmes below are not limited to one country.',
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
    'Signpost puts help one click away: a helpline where Signpost knows one, and a crisis line or where to find one. Where a helpline states its hours, or what it keeps confidential, Signpost shows that too.',
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
  'card.title': 'Where to get help',
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
  'report.intro': 'If you come across sexual images of children online, you can report where you found them.',
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
    'Its own security policy stops its pages loading anything from the internet or sending anything to it. The policy does not cover the links you choose, which open their websites in a new tab, or everything the browser does for a page, like connecting ahead of time to a site the page points to. Signpost’s pages ask for no such connection and embed no other website.',
  'privacy.lookups':
    'Its pages also ask your browser not to look up linked websites in advance, before you choose one, and not to tell a website that you came from Signpost.',
  'privacy.storage':
    'It stores nothing: no settings, cookies or data of its own. The country and language you choose are kept only in this page while it is open, and are gone when you close it.',
  'privacy.historyHeading': 'This guide in your browser’s history',
  'privacy.history':
    'Each time you open this guide in a normal window, Chrome and Edge list it in their history as “Signpost”, at its own address, with no country or language in it. Firefox does not list it. The popup never appears in history.',
  'privacy.historyRemove':
    'To remove it, open your history (Ctrl+H in Chrome or Edge, Cmd+Y on a Mac), find “Signpost” and delete it.',
  'privacy.closedTabs':
    'After you close this guide, even with “Exit this page”, it can be opened again from the browser’s list of recently closed tabs. For that list, the browser keeps its address, how far down the page you had scrolled and any help website you opened from it, but none of the choices you made in it. Clearing your browsing history empties that list: press Ctrl+Shift+Delete (Cmd+Shift+Delete on a Mac) and choose browsing history.',
  'privacy.clipboard':
    'If you copy a number or the card, it stays on your device’s clipboard (and in its clipboard history, if that is turned on) until you copy something else.',
  'privacy.keptHeading': 'What your browser keeps',
  'privacy.keptIntro':
    'Your browser keeps its own records of the pages you open, Signpost’s included. Besides its history and recently closed tabs:',
  'privacy.keptSites':
    'it keeps a help website you open in its history, like any website, and Chrome and Edge note that you opened it from Signpost: clearing your browsing history removes both',
  'privacy.keptTile':
    'if you open this guide by typing its address, Chrome and Edge may show a “Signpost” tile on the New Tab page: remove the tile, or clear your browsing history',
  'privacy.keptCache':
    'Chrome and Edge keep a copy of each Signpost script that ran, with when it ran, but nothing of what you read: clearing “Cached images and files” removes it',
  'privacy.keptClick':
    'Firefox notes when you first click or type in any page, this one included, for 45 days: clearing your browsing history removes it',
  'privacy.keptSync': 'with sync on, Chrome shows your open tabs, this guide included, on your other devices',
  'privacy.keptInstalled':
    'your browser lists Signpost among your extensions, with its name and description, and Firefox includes them in its technical data (telemetry), as for every add-on: removing Signpost takes it off the list',
  'privacy.privateHeading': 'In a private window',
  'privacy.private':
    'Signpost stores nothing, in a normal window or a private one. In a private window, your browser also forgets this guide’s tab and address when you close the window.',
  'privacy.privateAllow': 'Your browser runs Signpost in a private window only if you allow it:',
  'privacy.privateChrome':
    'in Chrome, go to chrome://extensions, choose Details under Signpost, then turn on Allow in Incognito',
  'privacy.privateEdge':
    'in Edge, go to edge://extensions, choose Details under Signpost, then turn on Allow in InPrivate',
  'privacy.privateFirefox':
    'in Firefox, go to about:addons, choose Signpost, then choose Allow next to Run in Private Windows (Firefox also asks when you add Signpost)',
  'privacy.privateAndroid':
    'in Firefox for Android, open the menu, choose Extensions, then Signpost, and allow it to run in private browsing',
  'privacy.shortcutHeading': 'Opening Signpost from the keyboard',
  'privacy.shortcut': 'Press {keys} to open Signpost’s popup.',
  'privacy.shortcutNone': 'No keyboard shortcut is set for Signpost.',
  'privacy.shortcutChange':
    'To set or change it: in Chrome, go to chrome://extensions/shortcuts; in Edge, edge://extensions/shortcuts; in Firefox, go to about:addons, choose the gear button, then Manage Extension Shortcuts.',
  'privacy.links': 'Links lead to other organisations’ websites, which have their own privacy policies.',
  'privacy.version': 'Signpost version {version}.',
  'hours.holidays': 'Hours may differ on public holidays.',
  'hours.usualToday': 'Usual hours today: {times} ({zone}).',
  'hours.usuallyClosedToday': 'Usually closed today.',
  'hours.timeRange': '{open} to {close}',
  'hours.range': '{days}, {times} ({zone})',
  'hours.dayRange': '{from} to {to}',
  'hours.dayPair': '{from} and {to}',
  'hours.dayOne': '{day}',
} as const;
