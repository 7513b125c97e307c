/** Norsk bokmål: the full guide's sentences, typed by the English keys. "Du" throughout. */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Signpost er uavhengig. Den er verken laget eller godkjent av Stop It Now! eller Lucy Faithfull Foundation.',
  'guide.heading': 'Fortrolig hjelp: hele veiledningen',
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
  // "Overgrepsmateriale" is the police's own word (politiet.no, Kripos); the English words follow it.
  'section.report': 'Melde fra om overgrepsmateriale (seksuelle bilder av barn)',
  'section.privacy': 'Om Signpost og personvernet ditt',
  'self.intro': 'Å ta kontakt er et sterkt første steg.',
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
    'Signpost kjenner ikke til noen hjelpetelefon der du er. Nettprogrammene nedenfor er åpne for alle.',
  'family.intro':
    'Hvis du er bekymret for en partner, et familiemedlem eller en venn, eller hvis noen som står deg nær, er blitt pågrepet, kan du også få hjelp. Det personen har gjort, er ikke din skyld.',
  'family.helpline': 'Hjelpetelefonen {name} er også for familie og venner.',
  'family.page': 'Råd til familie og venner',
  'family.inform':
    'Etter at du har kontaktet hjelpetelefonen, kan de tilby deg Inform: et program for partnere, familiemedlemmer og venner av noen som er pågrepet, har fått en formell advarsel eller er dømt for lovbrudd på nett.',
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
    'Signpost gjør fortrolig hjelp tilgjengelig med ett klikk: hjelpetelefonen, når den er åpen, hva den holder fortrolig, og en krisetelefon.',
  'professionals.languages': 'Du kan lese den på alle disse språkene: {languages}.',
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
  'card.title': 'Fortrolig hjelp',
  'card.helpline': 'Hjelpetelefonen {name}: {number}',
  'card.number': '{number}: {cost}',
  'card.link': '{label}: {url}',
  'card.website': 'Nettsted',
  'card.selfHelp': 'Gratis, anonym selvhjelp',
  'card.qr': 'Skann for å åpne {url}',
  'card.qrLabel': 'QR-kode for {url}',
  'crisis.danger': 'Hvis et barn er i fare nå, ring {number}.',
  'crisis.dangerElsewhere': 'Hvis et barn er i fare nå, ring det lokale nødnummeret.',
  'crisis.emergencyNumber': '{number}: {about}.',
  'crisis.suicide':
    'Hvis du har tanker om selvmord, er du ikke alene, og du fortjener støtte. Snakk med noen nå.',
  'crisis.investigation':
    'Hvis du er blitt pågrepet eller er under etterforskning og føler at du ikke orker mer, snakk med noen nå. Mange i den situasjonen har det slik, og det finnes hjelp.',
  'crisis.informPlus':
    'Stop It Now! har også kurs for personer som er pågrepet eller dømt for lovbrudd på nett (Inform Plus): Spør hjelpetelefonen.',
  'crisis.advice':
    'Stop It Now! foreslår at personer i krise kontakter fastlegen sin, den lokale NHS-telefonen for akutt psykisk helsehjelp, eller Samaritans.',
  'report.intro': 'Når du melder fra om et bilde, kan det hindre at bildet blir sett igjen.',
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
    'Signposts egne sikkerhetsregler blokkerer alle tilkoblinger: Sidene kan ikke sende noe som helst.',
  'privacy.lookups':
    'Sidene ber også nettleseren om ikke å slå opp nettstedene de lenker til på forhånd, før du velger ett av dem, og om ikke å fortelle et nettsted at du kom fra Signpost.',
  'privacy.storage':
    'Den lagrer ingenting: ingen innstillinger, informasjonskapsler eller egne data. Landet og språket du velger, blir bare husket på denne siden mens den er åpen, og er borte når du lukker den.',
  'privacy.historyHeading': 'Denne veiledningen i nettleserhistorikken',
  'privacy.history':
    'Hver gang du åpner denne veiledningen, viser Chrome og Edge den i historikken som «Signpost». Adressen der viser landet og språket den ble åpnet med, men ingen av valgene du gjør på siden. Firefox viser den ikke. Popup-vinduet vises aldri i historikken.',
  'privacy.historyRemove':
    'Slik fjerner du den: Åpne historikken (Ctrl+H i Chrome eller Edge, Cmd+Y på Mac), finn «Signpost» og slett den.',
  'privacy.closedTabs':
    'Etter at du har lukket denne veiledningen, også med «Forlat denne siden», kan den åpnes igjen fra nettleserens liste over nylig lukkede faner. For den listen tar nettleseren vare på adressen (som viser landet og språket den ble åpnet med) og hvor langt ned på siden du hadde rullet, men ingen av valgene du gjorde på siden. Når du sletter nettleserhistorikken, blir listen tømt: Trykk Ctrl+Shift+Delete (Cmd+Shift+Delete på Mac) og velg nettleserhistorikk.',
  'privacy.clipboard':
    'Hvis du kopierer et nummer eller kortet, blir det liggende på utklippstavlen på enheten din (og i utklippsloggen, hvis den er slått på) til du kopierer noe annet.',
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
  'hours.range': 'Åpent {days}, {times} ({zone})',
  'hours.dayRange': '{from} til {to}',
  'hours.dayPair': '{from} og {to}',
} satisfies GuideMessages;
