/** Norsk bokmål: the full guide's sentences, typed by the English keys. "Du" throughout. */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Signpost er uavhengig. Den er verken laget eller godkjent av Stop It Now! eller Lucy Faithfull Foundation.',
  'guide.heading': 'Få hjelp: hele veiledningen',
  // "Seksuelle" over thoughts, "seksuell" over behaviour: said twice, or it would widen to any behaviour.
  'guide.intro':
    'For alle som er bekymret for egne seksuelle tanker eller egen seksuell atferd overfor barn, for menneskene rundt dem og for fagfolk. Ta deg god tid. Du kan forlate siden når som helst: Bruk «Forlat denne siden» eller trykk tre ganger på Shift.',
  'guide.skip': 'Gå til hovedinnholdet',
  'guide.exit': 'Forlat denne siden',
  'guide.contents': 'Innhold',
  'guide.settings': 'Land og språk',
  'section.self': 'Bekymret for egne seksuelle tanker eller egen seksuell atferd',
  'section.family': 'Bekymret for noen andre',
  'section.young': 'Bekymret for et barns seksuelle atferd, eller du er ung og bekymret for deg selv',
  'section.professionals': 'For rådgivere og andre fagfolk',
  'section.crisis': 'I krise, eller et barn er i fare nå',
  'section.report': 'Melde fra om seksuelle bilder av barn',
  'section.privacy': 'Om Signpost og personvernet ditt',
  'self.intro':
    'Seksuelle bilder av barn viser ekte barn, som blir skadet på nytt hver gang noen ser på et bilde. Bildene er ulovlige, men folk klarer å slutte, og det finnes hjelp for deg.',
  'self.treatmentHeading': 'Behandling og rådgivning der du er',
  'self.talk': 'Du kan snakke fortrolig med noen om det som bekymrer deg, uten å oppgi navnet ditt.',
  // Where the sheet does not say the helpline can be used without a name.
  'self.talkPlain': 'Du kan snakke med noen om det som bekymrer deg.',
  'self.callHeading': 'Hva som skjer når du ringer',
  'self.confidentialHeading': 'Hva som holdes fortrolig, og hva som blir gitt videre',
  'self.confidentialUnknown':
    'Spør tjenesten hva den holder fortrolig, før du gir noen opplysninger om deg selv.',
  'self.selfHelpHeading': 'Gratis, anonym selvhjelp på nett',
  // Services that each serve one part of the country (New Zealand's), each with its area.
  'self.regionalHeading': 'Spesialiserte tjenester i hver del av landet',
  'self.regionalService': '{name}: {number}. {about}',
  'self.noHelpline':
    'Signpost kjenner ikke til noen hjelpetelefon der du er. Nettprogrammene nedenfor er ikke begrenset til ett land.',
  'family.intro':
    'Hvis du er bekymret for en partner, et familiemedlem eller en venn, eller hvis noen som står deg nær, er blitt pågrepet, kan du også få hjelp. Det personen har gjort, er ikke din skyld.',
  'family.helpline': 'Hjelpetelefonen {name} er også for familie og venner.',
  'family.page': 'Råd til familie og venner',
  'family.inform':
    'Etter at du har kontaktet hjelpetelefonen, kan de tilby deg Inform: et program for partnere, familiemedlemmer og venner av noen som er pågrepet, har fått en formell advarsel fra politiet eller er dømt for lovbrudd på nett.',
  'family.childHeading': 'Bekymret for et barn?',
  'family.yourselfHeading': 'Ta vare på deg selv',
  'family.yourself': 'Dette kan være mye å bære. Hvis du har det vanskelig, snakk med noen.',
  'family.none': 'Signpost kjenner ikke til noen tjeneste for familie og venner der du er.',
  'young.intro':
    'Barn og unge kan ha seksuell atferd som er skadelig, og med riktig hjelp kan den stoppe. Hvis du er ung og bekymret for dine egne tanker eller din egen atferd, kan du også snakke med noen.',
  'young.parents': 'Råd til foreldre og omsorgspersoner',
  'young.none':
    'Signpost kjenner ikke til noen tjeneste for unge der du er. Hvis noen er i fare nå, ring det lokale nødnummeret.',
  'young.noneDanger':
    'Signpost kjenner ikke til noen tjeneste for unge der du er. Hvis et barn eller en ung person er i fare nå, ring {number}.',
  'professionals.doesHeading': 'Hva Signpost gjør, og ikke gjør',
  'professionals.does':
    'Signpost gjør hjelp tilgjengelig med ett klikk: en hjelpetelefon der Signpost kjenner til en, og en krisetelefon eller et sted der du finner en. Der en hjelpetelefon oppgir åpningstider eller hva den holder fortrolig, viser Signpost det også.',
  'professionals.languages': 'Du kan lese den på disse språkene: {languages}.',
  'professionals.doesNot':
    'Den overvåker ikke, blokkerer ikke og melder ikke fra om noe. Den lagrer ingenting og sender ingenting. Den er ikke behandling og erstatter ikke behandling.',
  'professionals.recommendHeading': 'Slik kan du anbefale den',
  'professionals.recommend':
    'Foreslå at personen selv installerer Signpost fra nettleserens butikk for utvidelser, på en enhet personen bruker. Eller gi personen kortet nedenfor, skrevet ut eller som en melding.',
  'professionals.caseAdvice': 'Hjelpetelefonen {name} tar også imot samtaler fra fagfolk som vil ha råd om en sak.',
  'card.heading': 'Et kort du kan gi til noen',
  'card.intro': 'Kortet viser hjelpen for landet og språket som er valgt ovenfor.',
  'card.print': 'Skriv ut et kort',
  'card.copy': 'Kopier disse opplysningene',
  'card.copied': 'Opplysningene er kopiert. Du kan lime dem inn i en melding.',
  'card.copyFailed':
    'Kunne ikke kopiere. Opplysningene er markert: Trykk Ctrl+C eller Cmd+C for å kopiere dem.',
  'card.title': 'Her kan du få hjelp',
  'card.helpline': 'Hjelpetelefonen {name}: {number}',
  'card.number': '{number}: {cost}',
  'card.link': '{label}: {url}',
  'card.website': 'Nettsted',
  'card.selfHelp': 'Gratis, anonym selvhjelp',
  'card.qr': 'Skann for å åpne {url}',
  'card.qrLabel': 'QR-kode for {url}',
  'crisis.danger': 'Hvis et barn er i fare nå, ring {number}.',
  'crisis.dangerOr': 'Hvis et barn er i fare nå, ring {number} (eller {otherNumber}).',
  'crisis.dangerElsewhere': 'Hvis et barn er i fare nå, ring det lokale nødnummeret.',
  'crisis.emergencyNumber': '{number}: {about}.',
  'crisis.suicide':
    'Hvis du har selvmordstanker, er du ikke alene, og du fortjener støtte. Snakk med noen nå.',
  'crisis.investigation':
    'Hvis du er blitt pågrepet eller er under etterforskning og føler at du ikke orker mer, snakk med noen nå. Mange i den situasjonen har det slik, og det finnes hjelp.',
  'crisis.informPlus':
    'Stop It Now! har også kurs for personer som er pågrepet eller dømt for lovbrudd på nett (Inform Plus): Spør hjelpetelefonen.',
  'crisis.advice':
    'Stop It Now! foreslår at personer i krise kontakter fastlegen sin, den lokale NHS-telefonen for akutt psykisk helsehjelp, eller Samaritans.',
  'report.intro': 'Hvis du kommer over seksuelle bilder av barn på nettet, kan du melde fra om hvor du fant dem.',
  'report.warning':
    'Du må aldri laste ned, ta skjermbilde av, lagre eller sende et bilde, heller ikke for å melde fra om det: Det kan i seg selv være straffbart. Oppgi bare nettadressen når du melder fra.',
  'report.anonymous': 'Du kan melde fra anonymt.',
  'report.notAnonymous': 'Denne meldingen er ikke anonym.',
  'report.link': 'Meld fra til {name}',
  'report.none': 'Signpost kjenner ikke til noe sted å melde fra der du er.',
  'privacy.permissionsHeading': 'Tillatelser',
  'privacy.permissionsNone': 'Ingen. Nettleseren din oppgir at Signpost ikke har noen tillatelser.',
  'privacy.permissionsSome': 'Nettleseren din oppgir at Signpost har disse tillatelsene:',
  'privacy.background':
    'Signpost har ingen prosess i bakgrunnen. Den kjører bare mens denne siden eller popup-vinduet er åpent, og den legger ingenting inn i nettstedene du besøker.',
  'privacy.connections':
    'Signposts egne sikkerhetsregler hindrer sidene i å laste inn noe fra internett eller sende noe dit. Reglene gjelder ikke lenkene du velger, som åpner nettstedene sine i en ny fane, og heller ikke alt nettleseren gjør for en side, for eksempel å koble seg på forhånd til et nettsted som siden viser til. Signposts sider ber ikke om noen slik tilkobling og bygger ikke inn noe annet nettsted.',
  'privacy.lookups':
    'Sidene ber også nettleseren om ikke å slå opp nettstedene de lenker til på forhånd, før du velger ett av dem, og om ikke å fortelle et nettsted at du kom fra Signpost.',
  'privacy.storage':
    'Den lagrer ingenting: ingen innstillinger, informasjonskapsler eller egne data. Landet og språket du velger, blir bare husket på denne siden mens den er åpen, og er borte når du lukker den.',
  'privacy.historyHeading': 'Denne veiledningen i nettleserhistorikken',
  'privacy.history':
    'Hver gang du åpner denne veiledningen i et vanlig vindu, viser Chrome og Edge den i historikken som «Signpost», med veiledningens egen adresse, uten land eller språk i adressen. Firefox viser den ikke. Popup-vinduet vises aldri i historikken.',
  'privacy.historyRemove':
    'Slik fjerner du den: Åpne historikken (Ctrl+H i Chrome eller Edge, Cmd+Y på Mac), finn «Signpost» og slett den.',
  'privacy.closedTabs':
    'Etter at du har lukket denne veiledningen, også hvis du brukte «Forlat denne siden», kan den åpnes igjen fra nettleserens liste over nylig lukkede faner. For den listen tar nettleseren vare på adressen, hvor langt ned på siden du hadde rullet og alle hjelpenettsteder du åpnet derfra, men ingen av valgene du gjorde på siden. Når du sletter nettleserhistorikken, blir listen tømt: Trykk Ctrl+Shift+Delete (Cmd+Shift+Delete på Mac) og velg nettleserhistorikk.',
  'privacy.clipboard':
    'Hvis du kopierer et nummer eller kortet, blir det liggende på utklippstavlen på enheten din (og i utklippsloggen, hvis den er slått på) til du kopierer noe annet.',
  'privacy.keptHeading': 'Dette tar nettleseren vare på',
  'privacy.keptIntro':
    'Nettleseren fører sine egne opptegnelser over sidene du åpner, også Signposts sider. I tillegg til historikken og listen over nylig lukkede faner:',
  'privacy.keptSites':
    'et hjelpenettsted du åpner, havner i historikken som alle andre nettsteder, og Chrome og Edge noterer at du åpnet det fra Signpost: Når du sletter nettleserhistorikken, fjernes begge deler',
  // Chrome's own Norwegian labels: «Ny fane», «Bufrede bilder og filer».
  'privacy.keptTile':
    'hvis du åpner denne veiledningen ved å skrive inn adressen, kan Chrome og Edge vise en «Signpost»-snarvei på Ny fane-siden: Fjern snarveien, eller slett nettleserhistorikken',
  'privacy.keptCache':
    'Chrome og Edge lagrer en kopi av hvert Signpost-skript som har kjørt, med tidspunktet, men ingenting av det du har lest: Når du sletter «Bufrede bilder og filer», fjernes den',
  'privacy.keptClick':
    'Firefox noterer i 45 dager når du første gang klikker eller skriver på en side, også denne: Når du sletter nettleserhistorikken, fjernes det',
  'privacy.keptSync': 'med synkronisering slått på viser Chrome de åpne fanene dine, også denne veiledningen, på de andre enhetene dine',
  'privacy.keptInstalled':
    'nettleseren viser Signpost blant utvidelsene dine, med navn og beskrivelse, og Firefox tar dem med i sine tekniske data (telemetri), som for alle tillegg: Når du fjerner Signpost, forsvinner den fra listen',
  'privacy.privateHeading': 'I et privat vindu',
  'privacy.private':
    'Signpost lagrer ingenting, verken i et vanlig vindu eller i et privat vindu. I et privat vindu glemmer nettleseren i tillegg fanen og adressen til denne veiledningen når du lukker vinduet.',
  'privacy.privateAllow': 'Nettleseren kjører Signpost i et privat vindu bare hvis du tillater det:',
  // The browsers' own Norwegian labels: Chrome «Tillat i Inkognito» (its generated_resources_no.xtb),
  // Firefox «Kjør i private vindu» and «Tillat» (nb-NO aboutAddons.ftl), Firefox for Android
  // «Kjør i privat nettlesing». Edge's could not be checked: what to turn on is described instead.
  'privacy.privateChrome':
    'i Chrome går du til chrome://extensions, velger «Detaljer» under Signpost og slår på «Tillat i Inkognito»',
  'privacy.privateEdge':
    'i Edge går du til edge://extensions, velger «Detaljer» under Signpost og slår på innstillingen som tillater Signpost i InPrivate',
  'privacy.privateFirefox':
    'i Firefox går du til about:addons, velger Signpost og velger «Tillat» ved «Kjør i private vindu» (Firefox spør også når du legger til Signpost)',
  'privacy.privateAndroid':
    'i Firefox for Android åpner du menyen, velger «Utvidelser» og deretter Signpost, og slår på «Kjør i privat nettlesing»',
  'privacy.shortcutHeading': 'Åpne Signpost med tastaturet',
  'privacy.shortcut': 'Trykk {keys} for å åpne popup-vinduet til Signpost.',
  'privacy.shortcutNone': 'Ingen hurtigtast er satt for Signpost.',
  // Firefox's own Norwegian label (its nb-NO language pack): "Håndter snarveier for utvidelser".
  'privacy.shortcutChange':
    'Slik setter eller endrer du den: I Chrome går du til chrome://extensions/shortcuts; i Edge til edge://extensions/shortcuts; i Firefox går du til about:addons, velger tannhjulknappen og deretter «Håndter snarveier for utvidelser».',
  'privacy.links': 'Lenkene går til nettstedene til andre organisasjoner, som har egne personvernerklæringer.',
  'privacy.version': 'Signpost versjon {version}.',
  // A schedule line starts with "Åpent", so it has a capital while the day names stay lower
  // case: "Åpent mandag til torsdag, kl. 09.00 til kl. 21.00 (britisk tid)".
  'hours.holidays': 'Åpningstidene kan avvike på offentlige fridager.',
  'hours.usualToday': 'Vanlige åpningstider i dag: {times} ({zone}).',
  'hours.usuallyClosedToday': 'Vanligvis stengt i dag.',
  'hours.timeRange': '{open} til {close}',
  'hours.range': 'Åpent {days}, {times} ({zone})',
  'hours.dayRange': '{from} til {to}',
  'hours.dayPair': '{from} og {to}',
  'hours.dayOne': '{day}',
} satisfies GuideMessages;
