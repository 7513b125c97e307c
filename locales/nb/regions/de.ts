/** Norwegian (Bokmål): the name of Germany and the words about the services whose home is data/regions/de. */
import type de from '@/data/regions/de';
import type { RegionWords } from '../../words';

export default {
  name: 'Tyskland',
  services: {
    'kein-taeter-werden': {
      about:
        'Gratis terapi underlagt medisinsk taushetsplikt, på rundt 11 steder i Tyskland. Den første kontakten kan være anonym.',
    },
    telefonseelsorge: {
      about:
        'En gratis, anonym krisetelefon, hele døgnet. Nummeret vises ikke på telefonregningen. Også chat og e-post.',
      helpNow: 'Har du det vanskelig? {name}, {number}, gratis, når som helst.',
    },
    'nummer-gegen-kummer': {
      young: 'Barn eller ungdom? {name}: {number}, gratis og anonymt',
      youngFull:
        'Barn og unge kan snakke med {name} på {number}, gratis og anonymt. Du kan også chatte eller sende e-post på nettstedet.',
    },
    'emergency-112-de': {
      about: 'brann eller ambulanse, gratis',
    },
    'police-110-de': {
      about: 'politiet, når et barn er i fare nå, gratis',
    },
    'internet-beschwerdestelle': {
      about:
        'Klagetjenesten for internett til eco og FSM. For å melde fra om seksuelle bilder av barn trenger du bare å si hvor du fant dem: ikke navn eller e-postadresse.',
    },
  },
} satisfies RegionWords<typeof de>;
