/** Norwegian (Bokmål): the name of the Netherlands and the words about the services whose home is data/regions/nl. */
import type nl from '@/data/regions/nl';
import type { RegionWords } from '../../words';

export default {
  name: 'Nederland',
  services: {
    'stop-it-now-nl': {
      about:
        'En gratis, anonym hjelpetelefon for personer som er bekymret for egne seksuelle følelser eller egen seksuell atferd overfor noen under 18 år, for menneskene rundt dem, som partnere og familie, og for fagfolk. Den drives av Offlimits.',
      confidential: 'Anonym.',
    },
    'zelfmoordpreventie-113': {
      about: 'Selvmordsforebygging. Du kan ringe, eller chatte på nettstedet, anonymt.',
      helpNow: 'Har du det vanskelig? {name}: Ring {number}, eller {otherNumber} gratis.',
    },
    'emergency-112-nl': {
      about: 'i en nødsituasjon',
    },
    'veilig-thuis': {
      about: 'For alle som er bekymret for et barns sikkerhet hjemme.',
    },
    kindertelefoon: {
      young: 'Er du 8 til 18 år? {name}: {number}, gratis og anonymt',
      youngFull: 'Hvis du er 8 til 18 år, kan du ringe {name} på {number}. Det er gratis og anonymt.',
    },
    'meldpunt-kinderporno': {
      about:
        'Offlimits’ meldetjeneste for seksuelle bilder av barn. Den kan bare se på bilder som er offentlige på nett og har en nettadresse. Meldinger blir behandlet fortrolig.',
    },
  },
} satisfies RegionWords<typeof nl>;
