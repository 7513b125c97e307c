/** Norwegian (Bokmål): the name of “Somewhere else” and the words about the help Signpost knows for anywhere else (data/regions/elsewhere). */
import type elsewhere from '@/data/regions/elsewhere';
import type { RegionWords } from '../../words';

export default {
  name: 'Et annet sted',
  services: {
    'find-a-helpline': {
      about:
        'Gratis, fortrolige krisetelefoner i rundt 130 land, hver av dem kontrollert etter kriteriene til Find A Helpline.',
      linkLabel: 'Finn en gratis, fortrolig hjelpetelefon i landet ditt',
      helpNow: 'Har du det vanskelig? {link}.',
    },
  },
} satisfies RegionWords<typeof elsewhere>;
