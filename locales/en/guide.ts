/**
 * The full guide's sentences in English, loaded only by the guide, so the popup stays
 * small. Every other language's guide.ts must have exactly these keys.
 */
import type { GuideServiceWords } from '../words';

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
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    'stop-it-now-uk': {
      whenYouCall:
        'You don’t have to give your name or any detail that identifies you. You can talk about what worries you and what you could do next. If talking feels too much, start a live chat or send a secure message from the helpline page instead.',
      about:
        'A confidential helpline for anyone worried about their own sexual thoughts or behaviour towards children, for family and friends, and for professionals.',
      passesOnFull:
        'You do not have to give your name or any detail that identifies you. If you give details that identify you, and also information that identifies a child who has been abused or is at risk of abuse, or that suggests anyone else is at risk of harm, the helpline passes it on to the appropriate agencies. Details of any criminal offence are also passed on.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Free, anonymous self-help, information and support to stop viewing sexual images of children or having sexual conversations with children.',
    },
    'stop-it-now-uk-child-behaviour': {
      about: 'For parents and carers worried about a child’s or young person’s sexual behaviour.',
    },
    'stop-it-now-uk-faq': {
      about: 'Answers to the questions people often ask.',
    },
    childline: {
      youngFull: 'If you are under 19, you can talk to {name}: {number}, any time, or use 1-2-1 chat.',
    },
    nspcc: {
      about:
        'For adults worried about a child. Phone at the times below, or get in touch online or by email at any time.',
      confidentiality:
        'You don’t have to say who you are. If the NSPCC thinks a child could be at risk, it has a duty to share what you tell it with other agencies.',
    },
    samaritans: {
      about: 'Someone to talk to, free, any time, in the UK and Ireland.',
      confidentiality:
        'You don’t have to give your name, and Samaritans won’t share what you say or your details, with some exceptions: for example, if you share information that identifies a child or an adult at risk who is suffering abuse or harm, they may contact other services after talking it through with you.',
    },
    'emergency-999': {
      about: 'in an emergency',
    },
    'emergency-112-ie': {
      about: 'in an emergency',
    },
    iwf: {
      about: 'Report sexual images of children. You only need to give the web address.',
    },
    ceop: {
      about: 'Report online sexual abuse or grooming of someone under 18.',
    },
    'hotline-ie': {
      about:
        'Ireland’s national centre for reporting sexual images of children, securely and confidentially. It works with An Garda Síochána.',
    },
    'stop-it-now-us': {
      about: 'A toll-free, confidential helpline. You can call, email or chat.',
    },
    'lifeline-988': {
      about: 'The 988 Suicide & Crisis Lifeline: call or text 988.',
    },
    ncmec: {
      about: 'Report sexual images of children, online or by phone.',
    },
    'emergency-911': {
      about: 'in an emergency',
    },
    esafety: {
      about: 'Report illegal content online, including sexual images of children.',
    },
    'crime-stoppers-au': {
      about: 'Report a crime by phone, without giving your name.',
    },
    accce: {
      about:
        'Report online child sexual exploitation or grooming, if you are in Australia. This goes to the Australian Federal Police.',
    },
    'lifeline-au': {
      about: 'Crisis support, 24 hours a day. You can also text.',
    },
    'emergency-000': {
      about: 'in an emergency',
    },
    telefonseelsorge: {
      about:
        'A free, anonymous crisis line, 24 hours a day. The number does not appear on your phone bill. Chat and email too.',
    },
    'emergency-112-de': {
      about: 'fire or ambulance, free',
    },
    'police-110-de': {
      about: 'the police, for a child in danger now, free',
    },
    'internet-beschwerdestelle': {
      about:
        'The internet complaints office of eco and FSM. To report sexual images of children you only need to say where you found them: no name or email address.',
    },
    'find-a-helpline': {
      about:
        'Free, confidential crisis helplines in about 130 countries, each checked against Find A Helpline’s criteria.',
    },
    'stop-it-now-au': {
      passesOnFull:
        'The helpline is anonymous, and they only have the information you choose to share. Stop It Now! Australia follows all mandatory reporting requirements: if they form a reasonable belief that an offence has happened, or that a child is at risk of significant harm, including any online offending, they report it to the relevant authorities, including the police, child protection, or both.',
    },
    'stop-it-now-nl': {
      about:
        'A free, anonymous helpline for people worried about their own sexual feelings or sexual behaviour towards anyone under 18, for the people around them, such as partners and family, and for professionals. It is run by Offlimits.',
    },
    'zelfmoordpreventie-113': {
      about: 'Suicide prevention. You can call, or chat on its website, anonymously.',
    },
    'emergency-112-nl': {
      about: 'in an emergency',
    },
    'veilig-thuis': {
      about: 'For anyone worried about a child’s safety at home.',
    },
    kindertelefoon: {
      youngFull: 'If you are aged 8 to 18, you can call {name} on {number}. It is free and anonymous.',
    },
    'meldpunt-kinderporno': {
      about:
        'Offlimits’ hotline for reporting sexual images of children. It can only look at images that are public online and have a web address. Reports are handled confidentially.',
    },
    'stop-it-now-bruxelles': {
      whenYouCall:
        'If you would rather write, you can chat on Mondays from 2pm to 4pm (Belgian time) on Facebook, Messenger, Instagram or LinkedIn, or email contact@stopitnow.brussels, using a made-up name if you like. In the chat, the helpline sees only what you have saved on the platform you choose. The platform itself sees what you store there.',
      passesOnFull:
        'The people who answer are bound by professional secrecy. They may tell the authorities only if someone under 18, or another vulnerable person, is in immediate danger.',
    },
    'zelfmoordlijn-1813': {
      about:
        'The suicide prevention line in Flanders. Calls are anonymous. You can also chat or email on its website.',
    },
    'centre-prevention-suicide': {
      about: 'A crisis line: someone will listen to you, anonymously.',
    },
    'emergency-112-be': {
      about: 'in an emergency, free',
    },
    'child-focus': {
      about: 'Report sexual images of children to Child Focus. Its staff are bound by professional secrecy.',
    },
    'stop-fr': {
      whenYouCall:
        'STOP, run by the FFCRIAVS, is for people who are sexually attracted to children, to help them get care before they act on it. After a welcome message, you type in the number of your département (where you live, or where you were born). You are put through to a clinician there (a psychologist, psychiatrist or nurse), who assesses what you need and refers you to suitable care. That care is covered by the law on professional secrecy.',
    },
    'suicide-3114': {
      about:
        'The national suicide prevention line. Calls are confidential. For anyone in distress, anyone worried about someone, anyone bereaved, and professionals.',
    },
    'emergency-112-fr': {
      about: 'in an emergency',
    },
    pharos: {
      about:
        'The police and gendarmerie’s service for reporting illegal content online, including sexual images of children. It is free, and staffed 24 hours a day.',
    },
    'point-de-contact': {
      about:
        'Report illegal content online with its form, browser add-on or app. It works to have clearly illegal content removed by the companies that host it, and informs the authorities.',
    },
    'stop-nz': {
      about:
        'For the South Island (Te Waipounamu): free specialist assessment and intervention for people who have engaged in harmful sexual behaviour. Contact them for a confidential conversation.',
    },
    'safe-network': {
      about: 'For the upper North Island.',
    },
    wellstop: {
      about: 'For the lower North Island.',
    },
    'need-to-talk-1737': {
      about: 'Free to call or text from any landline or mobile phone.',
    },
    'emergency-111': {
      about: 'if you or someone you know is in immediate danger',
    },
    'dia-nz': {
      about:
        'The Department of Internal Affairs’ form for reporting online child sexual exploitation material. You don’t have to give an email address. If you come across such material by accident, leave the site straight away.',
    },
    'kids-helpline': {
      youngFull:
        'If you are aged 5 to 25, you can talk to {name}: {number}, any time. Calls are free, private and confidential, unless they have a duty of care: for example, if a child is being hurt or neglected, if someone is thinking of harming themselves, or if someone has hurt or may hurt someone else.',
    },
    'nummer-gegen-kummer': {
      youngFull:
        'Children and young people can talk to {name} on {number}, free and anonymously. You can also chat or email on its website.',
    },
  } satisfies Record<string, GuideServiceWords>,
} as const;
