/** Norwegian (Bokmål): the name of the United States and the words about the services whose home is data/regions/us. */
import type us from '@/data/regions/us';
import type { RegionWords } from '../../words';

export default {
  name: 'USA',
  services: {
    'stop-it-now-us': {
      about: 'En fortrolig hjelpetelefon som er gratis å ringe. Du kan ringe, sende e-post eller chatte.',
      linkLabel: 'Hjelp for voksne som er bekymret for egne tanker',
    },
    'lifeline-988': {
      about: '988 Suicide & Crisis Lifeline: ring eller send SMS til 988.',
      helpNow: 'Har du det vanskelig? Ring eller send SMS til {number}, Suicide & Crisis Lifeline.',
    },
    ncmec: {
      about: 'Meld fra om seksuelle bilder av barn, på nett eller på telefon.',
    },
    'emergency-911-us': {
      about: 'i en nødsituasjon',
    },
  },
} satisfies RegionWords<typeof us>;
