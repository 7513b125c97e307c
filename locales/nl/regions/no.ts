/** Dutch: the name of Norway and the words about the services whose home is data/regions/no. */
import type no from '@/data/regions/no';
import type { RegionWords } from '../../words';

export default {
  name: 'Noorwegen',
  services: {
    'det-finnes-hjelp': {
      about:
        'Een anonieme chat met een psycholoog, voor volwassenen (vanaf 18 jaar) met een seksuele interesse in kinderen. De chat wordt gewist als hij eindigt; uw IP-adres en het tijdstip waarop u begint, worden 7 dagen bewaard. Om een behandeling te boeken moet u uw naam en uw nationale identificatienummer geven, en voor de behandeling betaalt u de gewone eigen bijdrage.',
      linkLabel: 'Chatten met een psycholoog zonder te zeggen wie u bent',
      talk: 'U kunt met een psycholoog chatten over uw zorgen, zonder te zeggen wie u bent.',
      whenYouCall:
        'U chat met een psycholoog, die u kan begeleiden, zonder te zeggen wie u bent. Werkt de chat niet? Volgens de dienst kunt u dan 800 99 900 bellen.',
      passesOnFull:
        'Wat u in de chat schrijft, wordt gewist als de chat eindigt. Uw IP-adres en het tijdstip waarop u een chat begint, worden 7 dagen bewaard en daarna gewist; de dienst legt op zijn privacypagina uit waarom. Om een behandeling te boeken moet u uw naam en uw nationale identificatienummer geven. Voor de behandeling betaalt u de gewone eigen bijdrage.',
    },
    'kirkens-sos': {
      about: 'Een crisislijn, elke dag bereikbaar, dag en nacht. Uw nummer wordt niet getoond.',
      helpNow:
        'Heeft u het moeilijk? Bel {name} via {number}, op elk moment; uw nummer wordt niet getoond. Het kost hetzelfde als een gesprek naar een gewoon vast nummer.',
    },
    alarmtelefonen: {
      young:
        'Kind of jongere? {name}, de lijn van de jeugdzorg: {number}, gratis en anoniem, op elk moment. Elk contact wordt vastgelegd.',
      youngFull:
        'Kinderen en jongeren kunnen {name}, de lijn van de jeugdzorg, bereiken via {number}, gratis en anoniem, op elk moment. Elk contact wordt vastgelegd en opgeschreven.',
    },
    'emergency-113-no': {
      about: 'medische noodgevallen, als het om leven of dood gaat',
    },
    'police-112-no': {
      about:
        'de politie, voor een kind dat nu in gevaar is. Bij een noodoproep worden uw naam en locatie doorgegeven',
    },
    'politiet-tips': {
      about:
        'De tippagina van de Noorse politie voor websites met seksueel misbruikmateriaal van kinderen; Kripos behandelt de tips. U hoeft uw e-mailadres niet te geven: als u dat wel doet, krijgt u een referentienummer.',
    },
  },
} satisfies RegionWords<typeof no>;
