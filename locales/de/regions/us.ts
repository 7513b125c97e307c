/** German: the name of the United States and the words about the services whose home is data/regions/us. */
import type us from '@/data/regions/us';
import type { RegionWords } from '../../words';

export default {
  name: 'Vereinigte Staaten',
  services: {
    'stop-it-now-us': {
      about:
        'Ein gebührenfreies, vertrauliches Hilfetelefon. Sie können anrufen, eine E-Mail schreiben oder chatten.',
      linkLabel: 'Hilfe für Erwachsene, die sich Sorgen wegen ihrer eigenen Gedanken machen',
    },
    'lifeline-988': {
      about:
        'Die 988 Suicide & Crisis Lifeline: Rufen Sie die 988 an oder schreiben Sie eine SMS an die 988.',
      helpNow:
        'Sie wissen nicht mehr weiter? Die Suicide & Crisis Lifeline erreichen Sie unter {number}, per Anruf oder SMS.',
    },
    ncmec: {
      about: 'Missbrauchsabbildungen melden, online oder per Telefon.',
    },
    'emergency-911-us': {
      about: 'im Notfall',
    },
  },
} satisfies RegionWords<typeof us>;
