/**
 * Norwegian (Bokmål): the name of Norway and the words about the services whose home is
 * data/regions/no, in the services' own words where the sheet quotes them ("uten å oppgi
 * hvem du er", "ingen nummervisning", "barnevernets", "registrert og skrevet ned").
 */
import type no from '@/data/regions/no';
import type { RegionWords } from '../../words';

export default {
  name: 'Norge',
  services: {
    'det-finnes-hjelp': {
      about:
        'En anonym chat med en psykolog, for voksne (fra 18 år) med seksuell interesse for barn. Chatten slettes når den er ferdig; IP-adressen din og tidspunktet du starter, lagres i 7 dager. For å bestille time til behandling må du oppgi navn og personnummer, og du betaler vanlig egenandel for behandlingen.',
      linkLabel: 'Chat med en psykolog uten å oppgi hvem du er',
      talk: 'Du kan chatte med en psykolog om det som bekymrer deg, uten å oppgi hvem du er.',
      whenYouCall:
        'Du chatter med en psykolog, som kan gi deg veiledning, uten at du oppgir hvem du er. Hvis chatten ikke virker, sier tjenesten at du kan ringe 800 99 900.',
      passesOnFull:
        'Det du skriver i chatten, slettes når chatten er ferdig. IP-adressen din og tidspunktet du starter en chat, lagres i 7 dager og slettes deretter; tjenesten forklarer hvorfor på siden om personvern. For å bestille time til behandling må du oppgi navn og personnummer. Du betaler vanlig egenandel for behandlingen.',
    },
    'kirkens-sos': {
      about: 'En krisetelefon, åpen hver dag, hele døgnet. Den har ingen nummervisning.',
      helpNow:
        'Har du det vanskelig? Ring {name} på {number}, når som helst: Nummeret ditt vises ikke. Det koster det samme som å ringe en vanlig fasttelefon.',
    },
    alarmtelefonen: {
      young:
        'Barn eller ungdom? {name}, barnevernets telefon: {number}, gratis og anonymt, når som helst. Alle henvendelser blir registrert.',
      youngFull:
        'Barn og unge kan kontakte {name}, barnevernets telefon, på {number}, gratis og anonymt, når som helst. Alle henvendelser blir registrert og skrevet ned.',
    },
    'emergency-113-no': {
      about: 'medisinsk nødhjelp, når det gjelder liv eller død',
    },
    'police-112-no': {
      about: 'politiet, når et barn er i fare nå. Ved nødanrop får nødetaten navnet ditt og hvor du er',
    },
    'politiet-tips': {
      about:
        'Politiets tipsside for nettsteder med seksuelt overgrepsmateriale av barn; Kripos behandler tipsene. Du trenger ikke å oppgi e-postadressen din: Hvis du gjør det, får du et referansenummer.',
    },
  },
} satisfies RegionWords<typeof no>;
