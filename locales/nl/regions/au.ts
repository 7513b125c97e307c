/** Dutch: the name of Australia and the words about the services whose home is data/regions/au. */
import type au from '@/data/regions/au';
import type { RegionWords } from '../../words';

export default {
  name: 'Australië',
  services: {
    'stop-it-now-au': {
      confidential: 'Anoniem: de hulplijn weet alleen wat u zelf wilt vertellen.',
      passesOnShort:
        'Als de hulplijn reden heeft om aan te nemen dat er een strafbaar feit is gepleegd (ook online), of dat een kind risico loopt op aanzienlijke schade, meldt de hulplijn dat bij de bevoegde instanties, zoals de politie of de kinderbescherming.',
      passesOnFull:
        'De hulplijn is anoniem en heeft alleen de informatie die u zelf wilt delen. Stop It Now! Australia houdt zich aan alle wettelijke meldplichten. Heeft de hulplijn redelijke grond om aan te nemen dat er een strafbaar feit is gepleegd, ook online? Of dat een kind risico loopt op aanzienlijke schade? Dan meldt de hulplijn dat bij de bevoegde instanties, zoals de politie, de kinderbescherming of allebei.',
    },
    'lifeline-au': {
      about: 'Steun in een crisis, 24 uur per dag. U kunt ook sms’en.',
      helpNow: 'Heeft u het moeilijk? {name}, {number}, op elk moment. Of sms naar {text}.',
    },
    'kids-helpline': {
      young: 'Tussen 5 en 25 jaar? {name}: {number}, op elk moment',
      youngFull:
        'Wie tussen 5 en 25 jaar is, kan op elk moment praten met {name}: {number}. Gesprekken zijn gratis, privé en vertrouwelijk, behalve als de hulplijn een zorgplicht heeft: bijvoorbeeld als iemand een kind pijn doet of verwaarloost, als iemand eraan denkt zichzelf iets aan te doen, of als iemand een ander pijn heeft gedaan of misschien pijn gaat doen.',
    },
    esafety: {
      about: 'Illegale inhoud op internet melden, ook seksuele afbeeldingen van kinderen.',
    },
    'crime-stoppers-au': {
      about: 'Een strafbaar feit telefonisch melden, zonder uw naam te geven.',
    },
    accce: {
      about:
        'Online seksuele uitbuiting van kinderen of grooming melden, als u in Australië bent. De melding gaat naar de Australian Federal Police.',
    },
    'emergency-000-au': {
      about: 'in een noodsituatie',
    },
  },
} satisfies RegionWords<typeof au>;
