/**
 * Nederlands: the full guide's sentences, typed by the English keys. Plain Dutch (B1), formal
 * ‘u’ throughout; quoted interface names in single quotes, menu names as Dutch browsers show them.
 */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Signpost is onafhankelijk. Het is niet gemaakt of onderschreven door Stop It Now! of de Lucy Faithfull Foundation.',
  'guide.heading': 'Hulp vinden: de volledige gids',
  'guide.intro':
    'Voor mensen die zich zorgen maken over hun eigen seksuele gedachten of gedrag ten opzichte van kinderen, voor de mensen om hen heen en voor professionals. Neem de tijd. U kunt op elk moment weggaan: gebruik ‘Deze pagina verlaten’ of druk drie keer op Shift.',
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
  'self.intro': 'Seksuele afbeeldingen van kinderen tonen echte kinderen, die opnieuw worden geschaad elke keer dat een afbeelding wordt bekeken. De afbeeldingen zijn illegaal, maar het lukt mensen om te stoppen, en er is hulp voor u.',
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
  'self.treatmentHeading': 'Behandeling en hulpverlening in het land waar u bent',
  'self.noHelpline':
    'Signpost kent geen hulplijn voor het land waar u bent. De onlineprogramma’s hieronder zijn niet aan één land gebonden.',
  'family.intro':
    'Maakt u zich zorgen over uw partner, een familielid of een vriend of vriendin? Of is iemand die dicht bij u staat gearresteerd? Dan kunt ook u hulp krijgen. Wat die persoon heeft gedaan, is niet uw schuld.',
  'family.helpline': 'De hulplijn van {name} is er ook voor familie en vrienden.',
  'family.page': 'Advies voor familie en vrienden',
  'family.inform':
    'Nadat u contact heeft opgenomen met de hulplijn, kan de hulplijn u Inform aanbieden: een programma voor partners, familieleden en vrienden van iemand die is gearresteerd, een officiële waarschuwing heeft gekregen of is veroordeeld voor strafbare feiten op internet.',
  'family.childHeading': 'Zorgen over een kind?',
  'family.yourselfHeading': 'Goed voor uzelf zorgen',
  'family.yourself': 'Dit kan een zware last zijn. Als u het moeilijk heeft, praat dan met iemand.',
  'family.none': 'Signpost kent geen organisatie voor familie en vrienden in het land waar u bent.',
  'young.intro':
    'Kinderen en jongeren kunnen seksueel gedrag vertonen dat schadelijk is. Met de juiste hulp kan dat stoppen. Bent u jong en maakt u zich zorgen over uw eigen gedachten of gedrag? Dan kunt ook u met iemand praten.',
  'young.parents': 'Advies voor ouders en verzorgers',
  'young.none':
    'Signpost kent geen organisatie voor jongeren in het land waar u bent. Als iemand nu in gevaar is, bel dan het lokale alarmnummer.',
  'young.noneDanger':
    'Signpost kent geen organisatie voor jongeren in het land waar u bent. Als een kind of jongere nu in gevaar is, bel dan {number}.',
  'professionals.doesHeading': 'Wat Signpost wel en niet doet',
  'professionals.does':
    'Signpost zet hulp op één klik afstand: een hulplijn, als Signpost er een kent, en een crisislijn of informatie over waar u er een kunt vinden. Als een hulplijn zegt wanneer ze bereikbaar is, of wat ze vertrouwelijk houdt, laat Signpost dat ook zien.',
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
  'card.title': 'Waar u hulp vindt',
  'card.helpline': 'Hulplijn van {name}: {number}',
  'card.number': '{number}: {cost}',
  'card.link': '{label}: {url}',
  'card.website': 'Website',
  'card.selfHelp': 'Gratis, anonieme zelfhulp',
  'card.qr': 'Scan om {url} te openen',
  'card.qrLabel': 'QR-code voor {url}',
  'crisis.danger': 'Als een kind nu in gevaar is, bel dan {number}.',
  'crisis.dangerOr': 'Als een kind nu in gevaar is, bel dan {number} (of {otherNumber}).',
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
  'report.intro': 'Komt u online seksuele afbeeldingen van kinderen tegen? Dan kunt u melden waar u ze heeft gevonden.',
  'report.warning':
    'Download, bewaar of verstuur nooit een afbeelding en maak er nooit een screenshot van, ook niet om die te melden: dat kan zelf een strafbaar feit zijn. Meld alleen het webadres.',
  'report.anonymous': 'U kunt anoniem melden.',
  'report.notAnonymous': 'Deze melding is niet anoniem.',
  'report.link': 'Melden bij {name}',
  'report.none': 'Signpost kent geen meldpunt in het land waar u bent.',
  'privacy.permissionsHeading': 'Toestemmingen',
  'privacy.permissionsNone': 'Geen. Uw browser meldt dat Signpost geen toestemmingen heeft.',
  'privacy.permissionsSome': 'Uw browser meldt dat Signpost deze toestemmingen heeft:',
  'privacy.background':
    'Signpost heeft geen achtergrondproces. Het werkt alleen zolang deze pagina of de pop-up open is, en het voegt niets toe aan de websites die u bezoekt.',
  'privacy.connections':
    'Het eigen beveiligingsbeleid van Signpost voorkomt dat de pagina’s iets van internet laden of iets naar internet sturen. Dat beleid geldt niet voor de links die u kiest, die hun website in een nieuw tabblad openen, en niet voor alles wat de browser voor een pagina doet, zoals vooraf verbinding maken met een website waarnaar de pagina verwijst. De pagina’s van Signpost vragen niet om zo’n verbinding en tonen geen andere website in de pagina.',
  'privacy.lookups':
    'De pagina’s vragen uw browser ook om de adressen van gelinkte websites niet alvast op te zoeken voordat u er een kiest, en om een website niet te laten weten dat u van Signpost komt.',
  'privacy.storage':
    'Signpost slaat niets op: geen instellingen, geen cookies en geen eigen gegevens. Het land en de taal die u kiest, blijven alleen bewaard in deze pagina zolang die open is, en zijn weg als u de pagina sluit.',
  'privacy.historyHeading': 'Deze gids in de geschiedenis van uw browser',
  'privacy.history':
    'Elke keer dat u deze gids in een gewoon venster opent, zetten Chrome en Edge de gids in hun geschiedenis als ‘Signpost’, onder het eigen adres van de gids, zonder land of taal erin. Firefox zet de gids niet in de geschiedenis. De pop-up komt nooit in de geschiedenis.',
  'privacy.historyRemove':
    'Zo verwijdert u de gids uit de geschiedenis: open uw geschiedenis (Ctrl+H in Chrome of Edge, Cmd+Y op een Mac), zoek ‘Signpost’ en verwijder het.',
  'privacy.closedTabs':
    'Nadat u deze gids heeft gesloten, ook met ‘Deze pagina verlaten’, kan de gids opnieuw worden geopend vanuit de lijst met recent gesloten tabbladen van de browser. Voor die lijst bewaart de browser het adres van de gids, hoe ver u naar beneden had gescrold en elke hulpwebsite die u vanuit de gids heeft geopend, maar niet de keuzes die u erin heeft gemaakt. Als u uw browsegeschiedenis wist, wordt die lijst leeggemaakt: druk op Ctrl+Shift+Delete (Cmd+Shift+Delete op een Mac) en kies ‘Browsegeschiedenis’.',
  'privacy.clipboard':
    'Als u een nummer of de kaart kopieert, blijft dat op het klembord van uw apparaat staan (en in de klembordgeschiedenis, als die aanstaat) totdat u iets anders kopieert.',
  'privacy.keptHeading': 'Wat uw browser bewaart',
  'privacy.keptIntro':
    'Uw browser houdt zelf bij welke pagina’s u opent, ook die van Signpost. Naast de geschiedenis en de recent gesloten tabbladen:',
  'privacy.keptSites':
    'een hulpwebsite die u opent, komt in de geschiedenis, zoals elke website, en Chrome en Edge noteren dat u die vanuit Signpost heeft geopend: als u uw browsegeschiedenis wist, verdwijnen ze allebei',
  'privacy.keptTile':
    'als u deze gids opent door het adres te typen, kunnen Chrome en Edge een tegel ‘Signpost’ tonen op de pagina Nieuw tabblad: verwijder de tegel of wis uw browsegeschiedenis',
  'privacy.keptCache':
    'Chrome en Edge bewaren een kopie van elk script van Signpost dat is uitgevoerd, met het tijdstip, maar niets van wat u heeft gelezen: als u ‘Gecachte afbeeldingen en bestanden’ wist, verdwijnt die kopie',
  'privacy.keptClick':
    'Firefox noteert 45 dagen lang wanneer u voor het eerst klikt of typt op een pagina, ook op deze: als u uw browsegeschiedenis wist, verdwijnt die notitie',
  'privacy.keptSync':
    'als synchronisatie aanstaat, toont Chrome uw open tabbladen, ook deze gids, op uw andere apparaten',
  'privacy.keptInstalled':
    'uw browser toont Signpost met naam en beschrijving tussen uw extensies, en Firefox neemt die op in zijn technische gegevens (telemetrie), zoals bij elke add-on: als u Signpost verwijdert, verdwijnt het uit de lijst',
  'privacy.privateHeading': 'In een privévenster',
  'privacy.private':
    'Signpost slaat niets op, in een gewoon venster en in een privévenster. In een privévenster vergeet uw browser bovendien het tabblad en het adres van deze gids wanneer u het venster sluit.',
  'privacy.privateAllow': 'Uw browser voert Signpost alleen in een privévenster uit als u dat toestaat:',
  'privacy.privateChrome':
    'in Chrome: ga naar chrome://extensions, kies ‘Details’ bij Signpost en zet ‘Toestaan in incognitomodus’ aan',
  'privacy.privateEdge':
    'in Edge: ga naar edge://extensions, kies ‘Details’ bij Signpost en zet de optie aan die Signpost toestaat in InPrivate',
  'privacy.privateFirefox':
    'in Firefox: ga naar about:addons, kies Signpost en kies dan ‘Toestaan’ bij ‘Uitvoeren in privévensters’ (Firefox vraagt dit ook wanneer u Signpost toevoegt)',
  'privacy.privateAndroid':
    'in Firefox voor Android: open het menu, kies ‘Extensies’ en dan Signpost, en sta toe dat Signpost in privénavigatie werkt',
  'privacy.shortcutHeading': 'Signpost openen met het toetsenbord',
  'privacy.shortcut': 'Druk op {keys} om de pop-up van Signpost te openen.',
  'privacy.shortcutNone': 'Er is geen sneltoets ingesteld voor Signpost.',
  'privacy.shortcutChange':
    'Zo stelt u de sneltoets in of wijzigt u die: ga in Chrome naar chrome://extensions/shortcuts; in Edge naar edge://extensions/shortcuts; ga in Firefox naar about:addons, kies de knop met het tandwiel en dan ‘Extensiesneltoetsen beheren’.',
  'privacy.links': 'Links gaan naar websites van andere organisaties. Die hebben hun eigen privacybeleid.',
  'privacy.version': 'Signpost versie {version}.',
  'hours.holidays': 'Op feestdagen kunnen de tijden anders zijn.',
  'hours.usualToday': 'Normale tijden vandaag: {times} ({zone}).',
  'hours.usuallyClosedToday': 'Vandaag normaal gesproken niet bereikbaar.',
  'hours.timeRange': 'van {open} tot {close}',
  // A schedule line starts with ‘Van’ or ‘Elke’, so it has a capital while the day names stay lower case.
  'hours.range': '{days}: {times} ({zone})',
  'hours.dayRange': 'Van {from} tot en met {to}',
  'hours.dayPair': 'Elke {from} en {to}',
  'hours.dayOne': 'Elke {day}',
} satisfies GuideMessages;
