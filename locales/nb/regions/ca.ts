/** Norwegian (Bokmål): the name of Canada and the words about the services whose home is data/regions/ca. */
import type ca from '@/data/regions/ca';
import type { RegionWords } from '../../words';

export default {
  name: 'Canada',
  services: {
    'talking-for-change': {
      about:
        'En anonym hjelpetelefon og chat for folk i alle aldre som er bekymret for en seksuell interesse for barn, og gratis psykoterapi for voksne (ikke anonym).',
      talk: 'Du kan snakke med noen om det som bekymrer deg, uten å oppgi navnet ditt.',
    },
    'suicide-crisis-988-ca': {
      about: 'Du kan ringe eller sende SMS, på engelsk eller fransk.',
      helpNow: 'Har du det vanskelig? Ring eller send SMS til {number}, gratis, når som helst, på engelsk eller fransk.',
    },
    'kids-help-phone': {
      young: 'Er du ung? {name}: Send CONNECT på SMS til {number}, gratis, når som helst',
      youngFull:
        'Unge hvor som helst i Canada kan sende CONNECT på SMS til {number} for å komme i kontakt med {name}, gratis, når som helst.',
    },
    'emergency-911-ca': {
      about: 'i en nødsituasjon. Hvis et barn er i umiddelbar fare, kan du også ringe det lokale politiet',
    },
    'cybertip-ca': {
      about: 'Canadas tipstjeneste for å melde fra om seksuell utnyttelse av barn på nettet.',
    },
  },
} satisfies RegionWords<typeof ca>;
