/** German: the name of France and the words about the services whose home is data/regions/fr. */
import type fr from '@/data/regions/fr';
import type { RegionWords } from '../../words';

export default {
  name: 'Frankreich',
  services: {
    'stop-fr': {
      whenYouCall:
        'STOP, getragen von der FFCRIAVS, ist für Menschen da, die sich sexuell zu Kindern hingezogen fühlen, damit sie Hilfe finden, bevor es zu einer Tat kommt. Nach einer Begrüßungsansage geben Sie über die Tastatur die Nummer Ihres Départements ein (in dem Sie wohnen oder in dem Sie geboren sind). Dann werden Sie mit einer Fachkraft dort verbunden (Psychologin oder Psychologe, Psychiaterin oder Psychiater, Pflegefachkraft), die mit Ihnen klärt, was Sie brauchen, und Sie an eine passende Behandlung vermittelt. Für diese Behandlung gilt die berufliche Schweigepflicht.',
    },
    'suicide-3114': {
      about:
        'Die nationale Suizidpräventions-Hotline. Gespräche sind vertraulich. Für Menschen in seelischer Not, für Menschen, die sich um jemanden sorgen, für Trauernde und für Fachleute.',
      helpNow:
        'Sie wissen nicht mehr weiter? Die nationale Suizidpräventions-Hotline erreichen Sie unter {number}, kostenlos, jederzeit.',
    },
    'emergency-112-fr': {
      about: 'im Notfall',
    },
    pharos: {
      about:
        'Die Meldestelle von Polizei und Gendarmerie für illegale Inhalte im Internet, auch für Missbrauchsabbildungen. Sie ist kostenlos und rund um die Uhr besetzt.',
    },
    'point-de-contact': {
      about:
        'Illegale Inhalte im Internet melden, über das Formular, eine Browser-Erweiterung oder eine App. Point de Contact wirkt darauf hin, dass die Anbieter offensichtlich illegale Inhalte entfernen, und informiert die zuständigen Behörden.',
    },
  },
} satisfies RegionWords<typeof fr>;
