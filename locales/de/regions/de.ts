/** German: the name of Germany and the words about the services whose home is data/regions/de. */
import type de from '@/data/regions/de';
import type { RegionWords } from '../../words';

export default {
  name: 'Deutschland',
  services: {
    'kein-taeter-werden': {
      about:
        'Kostenlose Therapie unter ärztlicher Schweigepflicht an etwa 11 Standorten in Deutschland. Ihr erster Kontakt kann anonym sein.',
    },
    telefonseelsorge: {
      about:
        'Ein kostenloses, anonymes Krisentelefon, 24 Stunden am Tag. Die Nummer erscheint nicht auf Ihrer Telefonrechnung. Auch per Chat und E-Mail.',
      helpNow: 'Sie wissen nicht mehr weiter? {name}, {number}, kostenlos, jederzeit.',
    },
    'nummer-gegen-kummer': {
      young: 'Für Kinder und Jugendliche: {name}, {number}, anonym und kostenlos',
      youngFull:
        'Kinder und Jugendliche erreichen das Kinder- und Jugendtelefon der {name} unter {number}, anonym und kostenlos. Auf der Website gibt es auch einen Chat und Beratung per E-Mail.',
    },
    'emergency-112-de': {
      about: 'Feuerwehr oder Rettungsdienst, kostenlos',
    },
    'police-110-de': {
      about: 'Polizei, wenn ein Kind jetzt in Gefahr ist, kostenlos',
    },
    'internet-beschwerdestelle': {
      about:
        'Die Internet-Beschwerdestelle von eco und FSM. Um Missbrauchsabbildungen zu melden, müssen Sie nur angeben, wo Sie sie gefunden haben: keinen Namen und keine E-Mail-Adresse.',
    },
  },
} satisfies RegionWords<typeof de>;
