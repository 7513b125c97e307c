/**
 * Nederlands: the full guide's sentences, typed by the English keys. Plain Dutch (B1), formal
 * ‘u’ throughout; quoted interface names in single quotes, menu names as Dutch browsers show them.
 */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Signpost is onafhankelijk. Het is niet gemaakt of onderschreven door Stop It Now! of de Lucy Faithfull Foundation.',
  'guide.heading': 'Vertrouwelijke hulp: de volledige gids',
  'guide.intro':
    'Voor mensen die zich zorgen maken over hun eigen seksuele gedachten of gedrag richting kinderen, voor de mensen om hen heen en voor professionals. Neem de tijd. U kunt op elk moment weggaan: gebruik ‘Deze pagina verlaten’ of druk drie keer op Shift.',
  'guide.skip': 'Direct naar de hoofdinhoud',
  'guide.exit': 'Deze pagina verlaten',
  'guide.contents': 'Inhoud',
  'guide.settings': 'Land en taal',
  'section.self': 'Zorgen over uw eigen seksuele gedachten of gedrag',
  'section.family': 'Zorgen over iemand anders',
  'section.young':
    'Zorgen over het seksuele gedrag van een kind, of u bent jong en maakt zich zorgen over uzelf',
  'section.professionals': 'Voor hulpverleners en andere professionals',
  'section.crisis': 'In een crisis, of een kind is nu in gevaar',
  'section.report': 'Seksuele afbeeldingen van kinderen melden',
  'section.privacy': 'Over Signpost en uw privacy',
  'self.intro': 'Contact zoeken is een sterke eerste stap.',
  'self.talk': 'U kunt in vertrouwen met iemand praten over uw zorgen, zonder uw naam te geven.',
  // Where the sheet does not say the helpline can be used without a name.
  'self.talkPlain': 'U kunt met iemand praten over uw zorgen.',
  'self.callHeading': 'Wat er gebeurt als u belt',
  'self.confidentialHeading': 'Wat vertrouwelijk blijft, en wat wordt doorgegeven',
  'self.confidentialUnknown':
    'Vraag de organisatie wat ze vertrouwelijk houdt, voordat u gegevens over uzelf geeft.',
  'self.selfHelpHeading': 'Gratis, anonieme zelfhulp online',
  // Services that each serve one part of the country (New Zealand's), each with its area.
  'self.regionalHeading': 'Gespecialiseerde organisaties in elk deel van het land',
  'self.regionalService': '{name}: {number}. {about}',
  'self.noHelpline':
    'Signpost kent geen hulplijn voor de plek waar u bent. De onlineprogramma’s hieronder staan open voor iedereen.',
  'family.intro':
    'Maakt u zich zorgen over uw partner, een familielid of een vriend of vriendin? Of is iemand die dicht bij u staat gearresteerd? Dan kunt ook u hulp krijgen. Wat die persoon heeft gedaan, is niet uw schuld.',
  'family.helpline': 'De hulplijn van {name} is er ook voor familie en vrienden.',
  'family.page': 'Advies voor familie en vrienden',
  'family.inform':
    'Nadat u contact heeft opgenomen met de hulplijn, kan de hulplijn u Inform aanbieden: een programma voor partners, familieleden en vrienden van iemand die is gearresteerd, een officiële waarschuwing heeft gekregen of is veroordeeld voor strafbare feiten op internet.',
  'family.childHeading': 'Zorgen over een kind?',
  'family.yourselfHeading': 'Goed voor uzelf zorgen',
  'family.yourself': 'Dit kan een zware last zijn. Als u het moeilijk heeft, praat dan met iemand.',
  'family.none': 'Signpost kent geen organisatie voor familie en vrienden op de plek waar u bent.',
  'young.intro':
    'Kinderen en jongeren kunnen seksueel gedrag laten zien dat schadelijk is. Met de juiste hulp kan dat stoppen. Bent u jong en maakt u zich zorgen over uw eigen gedachten of gedrag? Dan kunt ook u met iemand praten.',
  'young.parents': 'Advies voor ouders en verzorgers',
  'young.none':
    'Signpost kent geen organisatie voor jongeren op de plek waar u bent. Als iemand nu in gevaar is, bel dan het lokale alarmnummer.',
  'young.noneDanger':
    'Signpost kent geen organisatie voor jongeren op de plek waar u bent. Als een kind of jongere nu in gevaar is, bel dan {number}.',
  'professionals.doesHeading': 'Wat Signpost wel en niet doet',
  'professionals.does':
    'Signpost zet vertrouwelijke hulp op één klik afstand: de hulplijn, de openingstijden, wat de hulplijn vertrouwelijk houdt en een crisislijn.',
  'professionals.languages': 'U kunt Signpost lezen in elk van deze talen: {languages}.',
  'professionals.doesNot':
    'Signpost houdt niets in de gaten, blokkeert niets en meldt niets. Het slaat niets op en verstuurt niets. Het is geen behandeling en ook geen vervanging van een behandeling.',
  'professionals.recommendHeading': 'Zo kunt u Signpost aanraden',
  'professionals.recommend':
    'Stel voor dat de persoon Signpost zelf installeert uit de extensiewinkel van de browser, op een apparaat dat die persoon gebruikt. Of geef de persoon de kaart hieronder, geprint of als bericht.',
  'professionals.caseAdvice':
    'De hulplijn van {name} neemt ook telefoontjes aan van professionals die advies willen over een casus.',
  'card.heading': 'Een kaart om aan iemand te geven',
  'card.intro': 'De kaart toont de hulp voor het land en de taal die u hierboven heeft gekozen.',
  'card.print': 'Een kaart printen',
  'card.copy': 'Deze gegevens kopiëren',
  'card.copied': 'Gegevens gekopieerd. U kunt ze in een bericht plakken.',
  'card.copyFailed':
    'Kopiëren is niet gelukt. De gegevens zijn geselecteerd: druk op Ctrl+C of Cmd+C om ze te kopiëren.',
  'card.title': 'Vertrouwelijke hulp',
  'card.helpline': 'Hulplijn van {name}: {number}',
  'card.number': '{number}: {cost}',
  'card.link': '{label}: {url}',
  'card.website': 'Website',
  'card.selfHelp': 'Gratis, anonieme zelfhulp',
  'card.qr': 'Scan om {url} te openen',
  'card.qrLabel': 'QR-code voor {url}',
  'crisis.danger': 'Als een kind nu in gevaar is, bel dan {number}.',
  'crisis.dangerElsewhere': 'Als een kind nu in gevaar is, bel dan het lokale alarmnummer.',
  'crisis.emergencyNumber': '{number}: {about}.',
  'crisis.suicide':
    'Denkt u aan zelfmoord? U bent niet alleen, en u verdient steun. Praat alstublieft nu met iemand.',
  'crisis.investigation':
    'Bent u gearresteerd of loopt er een onderzoek naar u, en heeft u het gevoel dat u niet verder kunt? Praat dan alstublieft nu met iemand. Veel mensen in die situatie voelen zich zo, en er is hulp.',
  'crisis.informPlus':
    'Stop It Now! geeft ook cursussen voor mensen die zijn gearresteerd of veroordeeld voor strafbare feiten op internet (Inform Plus): vraag ernaar bij de hulplijn.',
  'crisis.advice':
    'Stop It Now! stelt voor dat mensen in een crisis contact opnemen met hun huisarts, met de lokale NHS-lijn voor dringende psychische hulp, of met Samaritans.',
  'report.intro': 'Als u een afbeelding meldt, kan dat voorkomen dat die opnieuw wordt bekeken.',
  'report.warning':
    'Download, bewaar of verstuur nooit een afbeelding en maak er nooit een screenshot van, ook niet om die te melden: dat kan zelf een strafbaar feit zijn. Meld alleen het webadres.',
  'report.anonymous': 'U kunt anoniem melden.',
  'report.notAnonymous': 'Deze melding is niet anoniem.',
  'report.link': 'Melden bij {name}',
  'report.none': 'Signpost kent geen meldpunt op de plek waar u bent.',
  'privacy.permissionsHeading': 'Toestemmingen',
  'privacy.permissionsNone': 'Geen. Uw browser meldt dat Signpost geen toestemmingen heeft.',
  'privacy.permissionsSome': 'Uw browser meldt dat Signpost deze toestemmingen heeft:',
  'privacy.background':
    'Signpost heeft geen achtergrondproces. Het werkt alleen zolang deze pagina of de pop-up open is, en het voegt niets toe aan de websites die u bezoekt.',
  'privacy.connections':
    'Het eigen beveiligingsbeleid van Signpost blokkeert elke verbinding: de pagina’s van Signpost kunnen nergens iets naartoe sturen.',
  'privacy.lookups':
    'De pagina’s vragen uw browser ook om gelinkte websites niet van tevoren op te zoeken, voordat u er een kiest, en om een website niet te vertellen dat u van Signpost komt.',
  'privacy.storage':
    'Signpost slaat niets op: geen instellingen, geen cookies en geen eigen gegevens. Het land en de taal die u kiest, blijven alleen bewaard in deze pagina zolang die open is, en zijn weg als u de pagina sluit.',
  'privacy.historyHeading': 'Deze gids in de geschiedenis van uw browser',
  'privacy.history':
    'Elke keer dat u deze gids opent, zetten Chrome en Edge de gids in hun geschiedenis als ‘Signpost’. Het adres daar laat zien in welk land en welke taal de gids is geopend, maar niet de keuzes die u erin maakt. Firefox zet de gids niet in de geschiedenis. De pop-up komt nooit in de geschiedenis.',
  'privacy.historyRemove':
    'Zo verwijdert u de gids uit de geschiedenis: open uw geschiedenis (Ctrl+H in Chrome of Edge, Cmd+Y op een Mac), zoek ‘Signpost’ en verwijder het.',
  'privacy.closedTabs':
    'Nadat u deze gids heeft gesloten, ook met ‘Deze pagina verlaten’, kan de gids opnieuw worden geopend vanuit de lijst met recent gesloten tabbladen van de browser. Voor die lijst bewaart de browser het adres van de gids (dat laat zien in welk land en welke taal de gids is geopend) en hoe ver u naar beneden had gescrold, maar niet de keuzes die u erin heeft gemaakt. Als u uw browsegeschiedenis wist, wordt die lijst leeggemaakt: druk op Ctrl+Shift+Delete (Cmd+Shift+Delete op een Mac) en kies ‘Browsegeschiedenis’.',
  'privacy.clipboard':
    'Als u een nummer of de kaart kopieert, blijft dat op het klembord van uw apparaat staan (en in de klembordgeschiedenis, als die aanstaat) totdat u iets anders kopieert.',
  'privacy.shortcutHeading': 'Signpost openen met het toetsenbord',
  'privacy.shortcut': 'Druk op {keys} om de pop-up van Signpost te openen.',
  'privacy.shortcutNone': 'Er is geen sneltoets ingesteld voor Signpost.',
  'privacy.shortcutChange':
    'Zo stelt u de sneltoets in of wijzigt u die: ga in Chrome naar chrome://extensions/shortcuts; in Edge naar edge://extensions/shortcuts; ga in Firefox naar about:addons, kies de knop met het tandwiel en dan ‘Extensiesneltoetsen beheren’.',
  'privacy.links': 'Links gaan naar websites van andere organisaties. Die hebben hun eigen privacybeleid.',
  'privacy.version': 'Signpost versie {version}.',
  // A schedule line starts with ‘Op’, so it has a capital while the day names stay lower case.
  'hours.range': 'Op {days}: {times} ({zone})',
  'hours.dayRange': '{from} tot en met {to}',
  'hours.dayPair': '{from} en {to}',
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    'stop-it-now-uk': {
      whenYouCall:
        'U hoeft uw naam niet te geven, en ook geen andere gegevens waarmee u te herkennen bent. U kunt praten over uw zorgen en over wat u hierna zou kunnen doen. Is praten u te veel? Start dan een livechat of stuur een beveiligd bericht via de pagina van de hulplijn.',
      about:
        'Een vertrouwelijke hulplijn voor mensen die zich zorgen maken over hun eigen seksuele gedachten of gedrag richting kinderen, voor familie en vrienden, en voor professionals.',
      passesOnFull:
        'U hoeft uw naam niet te geven, en ook geen andere gegevens waarmee u te herkennen bent. Als u gegevens geeft waarmee u te herkennen bent, en ook informatie waarmee een kind te herkennen is dat is misbruikt of risico loopt op misbruik, of informatie die erop wijst dat iemand anders risico loopt op schade, dan geeft de hulplijn dat door aan de juiste instanties. Gegevens over strafbare feiten worden ook doorgegeven.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Gratis, anonieme zelfhulp, informatie en steun om te stoppen met het bekijken van seksuele afbeeldingen van kinderen of met het voeren van seksuele gesprekken met kinderen.',
    },
    'stop-it-now-uk-child-behaviour': {
      about: 'Voor ouders en verzorgers die zich zorgen maken over het seksuele gedrag van een kind of jongere.',
    },
    'stop-it-now-uk-faq': {
      about: 'Antwoorden op vragen die mensen vaak stellen.',
    },
    childline: {
      youngFull: 'Als u jonger bent dan 19, kunt u praten met {name}: {number}, op elk moment, of via de 1-2-1-chat.',
    },
    nspcc: {
      about:
        'Voor volwassenen die zich zorgen maken over een kind. Bel op de tijden hieronder, of neem op elk moment online of per e-mail contact op.',
      confidentiality:
        'U hoeft niet te zeggen wie u bent. Als de NSPCC denkt dat een kind risico kan lopen, is de NSPCC verplicht om wat u vertelt te delen met andere instanties.',
    },
    samaritans: {
      about: 'Iemand om mee te praten, gratis, op elk moment, in het Verenigd Koninkrijk en Ierland.',
      confidentiality:
        'U hoeft uw naam niet te geven. Samaritans deelt niet wat u zegt of uw gegevens, behalve in bepaalde gevallen. Bijvoorbeeld: als u informatie deelt waarmee een kind of een kwetsbare volwassene te herkennen is die wordt misbruikt of schade lijdt, kan Samaritans contact opnemen met andere diensten, nadat Samaritans dat met u heeft besproken.',
    },
    'emergency-999': {
      about: 'in een noodsituatie',
    },
    'emergency-112-ie': {
      about: 'in een noodsituatie',
    },
    iwf: {
      about: 'Seksuele afbeeldingen van kinderen melden. U hoeft alleen het webadres te geven.',
    },
    ceop: {
      about: 'Online seksueel misbruik of grooming van iemand onder de 18 melden.',
    },
    'hotline-ie': {
      about:
        'Het nationale centrum van Ierland om seksuele afbeeldingen van kinderen veilig en vertrouwelijk te melden. Het werkt samen met An Garda Síochána.',
    },
    'stop-it-now-us': {
      about: 'Een vertrouwelijke hulplijn met een gratis nummer. U kunt bellen, e-mailen of chatten.',
    },
    'lifeline-988': {
      about: 'De 988 Suicide & Crisis Lifeline: bel of sms 988.',
    },
    ncmec: {
      about: 'Seksuele afbeeldingen van kinderen melden, online of telefonisch.',
    },
    'emergency-911': {
      about: 'in een noodsituatie',
    },
    esafety: {
      about: 'Illegale inhoud op internet melden, ook seksuele afbeeldingen van kinderen.',
    },
    'crime-stoppers-au': {
      about: 'Een strafbaar feit telefonisch melden, zonder uw naam te geven.',
    },
    accce: {
      about:
        'Online seksuele uitbuiting van kinderen of grooming melden, als u in Australië bent. De melding gaat naar de Australian Federal Police.',
    },
    'lifeline-au': {
      about: 'Steun in een crisis, 24 uur per dag. U kunt ook sms’en.',
    },
    'emergency-000': {
      about: 'in een noodsituatie',
    },
    telefonseelsorge: {
      about:
        'Een gratis, anonieme crisislijn, 24 uur per dag. Het nummer staat niet op uw telefoonrekening. Ook via chat en e-mail.',
    },
    'emergency-112-de': {
      about: 'brandweer of ambulance, gratis',
    },
    'police-110-de': {
      about: 'de politie, voor een kind dat nu in gevaar is, gratis',
    },
    'internet-beschwerdestelle': {
      about:
        'Het meldpunt voor internetklachten van eco en FSM. Om seksuele afbeeldingen van kinderen te melden, hoeft u alleen te zeggen waar u ze heeft gevonden: geen naam of e-mailadres.',
    },
    'find-a-helpline': {
      about:
        'Gratis, vertrouwelijke crisislijnen in ongeveer 130 landen, allemaal gecontroleerd volgens de criteria van Find A Helpline.',
    },
    'stop-it-now-au': {
      passesOnFull:
        'De hulplijn is anoniem en heeft alleen de informatie die u zelf wilt delen. Stop It Now! Australia houdt zich aan alle wettelijke meldplichten. Heeft de hulplijn redelijke grond om aan te nemen dat er een strafbaar feit is gepleegd, ook online? Of dat een kind risico loopt op aanzienlijke schade? Dan meldt de hulplijn dat bij de bevoegde instanties, zoals de politie, de kinderbescherming of allebei.',
    },
    'stop-it-now-nl': {
      about:
        'Een gratis, anonieme hulplijn voor mensen die zich zorgen maken over hun eigen seksuele gevoelens of gedrag richting minderjarigen, voor de mensen om hen heen, zoals partners en familie, en voor professionals. De hulplijn wordt uitgevoerd door Offlimits.',
    },
    'zelfmoordpreventie-113': {
      about: 'Zelfmoordpreventie. U kunt anoniem bellen, of anoniem chatten op de website.',
    },
    'emergency-112-nl': {
      about: 'in een noodsituatie',
    },
    'veilig-thuis': {
      about: 'Voor iedereen die zich zorgen maakt over de veiligheid van een kind thuis.',
    },
    kindertelefoon: {
      youngFull: 'Als u tussen 8 en 18 jaar bent, kunt u {name} bellen op {number}. Dat is gratis en anoniem.',
    },
    'meldpunt-kinderporno': {
      about:
        'Het meldpunt van Offlimits om seksuele afbeeldingen van kinderen te melden. Het meldpunt kan alleen kijken naar afbeeldingen die openbaar online staan en een webadres hebben. Meldingen worden vertrouwelijk behandeld.',
    },
    'stop-it-now-bruxelles': {
      whenYouCall:
        'Schrijft u liever? Dan kunt u elke maandag van 14.00 tot 16.00 uur (Belgische tijd) chatten via Facebook, Messenger, Instagram of LinkedIn, of een e-mail sturen naar contact@stopitnow.brussels, als u wilt onder een verzonnen naam. In de chat ziet de hulplijn alleen wat u heeft opgeslagen op het platform dat u kiest. Het platform zelf ziet wat u daar opslaat.',
      passesOnFull:
        'De mensen die u te woord staan, hebben beroepsgeheim. Alleen als iemand jonger dan 18, of een andere kwetsbare persoon, in direct gevaar is, kunnen ze de autoriteiten inlichten.',
    },
    'zelfmoordlijn-1813': {
      about:
        'De lijn voor zelfmoordpreventie in Vlaanderen. Bellen is anoniem. Op de website kunt u ook chatten of e-mailen.',
    },
    'centre-prevention-suicide': {
      about: 'Een crisislijn: iemand luistert naar u, anoniem.',
    },
    'emergency-112-be': {
      about: 'in een noodsituatie, gratis',
    },
    'child-focus': {
      about: 'Seksuele afbeeldingen van kinderen melden bij Child Focus. De medewerkers hebben beroepsgeheim.',
    },
    'stop-fr': {
      whenYouCall:
        'STOP wordt uitgevoerd door de FFCRIAVS. STOP is er voor mensen die zich seksueel aangetrokken voelen tot kinderen, om hen te helpen zorg te krijgen voordat ze ernaar handelen. Na een welkomstbericht toetst u het nummer van uw département in (waar u woont, of waar u bent geboren). U wordt dan doorverbonden met een zorgverlener daar (een psycholoog, psychiater of verpleegkundige). Die bekijkt wat u nodig heeft en verwijst u door naar passende zorg. Voor die zorg geldt de wet op het beroepsgeheim.',
    },
    'suicide-3114': {
      about:
        'De nationale lijn voor zelfmoordpreventie. Gesprekken zijn vertrouwelijk. Voor iedereen die het zwaar heeft, iedereen die zich zorgen maakt over iemand, iedereen die rouwt, en voor professionals.',
    },
    'emergency-112-fr': {
      about: 'in een noodsituatie',
    },
    pharos: {
      about:
        'De dienst van de politie en de gendarmerie om illegale inhoud op internet te melden, ook seksuele afbeeldingen van kinderen. De dienst is gratis, en er zijn 24 uur per dag medewerkers.',
    },
    'point-de-contact': {
      about:
        'Illegale inhoud op internet melden, via het formulier, de browserextensie of de app. Point de Contact zet zich ervoor in dat duidelijk illegale inhoud wordt verwijderd door de bedrijven die de inhoud hosten, en informeert de autoriteiten.',
    },
    'stop-nz': {
      about:
        'Voor het Zuidereiland (Te Waipounamu): gratis beoordeling en hulp door specialisten, voor mensen die schadelijk seksueel gedrag hebben vertoond. Neem contact op voor een vertrouwelijk gesprek.',
    },
    'safe-network': {
      about: 'Voor het noordelijke deel van het Noordereiland.',
    },
    wellstop: {
      about: 'Voor het zuidelijke deel van het Noordereiland.',
    },
    'need-to-talk-1737': {
      about: 'Gratis bellen of sms’en vanaf elke vaste of mobiele telefoon.',
    },
    'emergency-111': {
      about: 'als u of iemand die u kent in direct gevaar is',
    },
    'dia-nz': {
      about:
        'Het formulier van het Department of Internal Affairs om online materiaal met seksuele uitbuiting van kinderen te melden. U hoeft geen e-mailadres te geven. Komt u zulk materiaal per ongeluk tegen? Verlaat de website dan meteen.',
    },
    'kids-helpline': {
      youngFull:
        'Als u tussen 5 en 25 jaar bent, kunt u praten met {name}: {number}, op elk moment. Gesprekken zijn gratis, privé en vertrouwelijk, behalve als de hulplijn een zorgplicht heeft: bijvoorbeeld als iemand een kind pijn doet of verwaarloost, als iemand eraan denkt zichzelf iets aan te doen, of als iemand een ander pijn heeft gedaan of misschien pijn gaat doen.',
    },
    'nummer-gegen-kummer': {
      youngFull:
        'Kinderen en jongeren kunnen gratis en anoniem praten met {name} via {number}. Op de website kunt u ook chatten of e-mailen.',
    },
  },
} satisfies GuideMessages;
