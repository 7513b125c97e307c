/** Dutch: the name of Ireland and the words about the services whose home is data/regions/ie. */
import type ie from '@/data/regions/ie';
import type { RegionWords } from '../../words';

export default {
  name: 'Ierland',
  services: {
    'emergency-112-ie': {
      about: 'in een noodsituatie',
    },
    'hotline-ie': {
      about:
        'Het nationale centrum van Ierland om seksuele afbeeldingen van kinderen veilig en vertrouwelijk te melden. Het werkt samen met An Garda Síochána.',
    },
  },
} satisfies RegionWords<typeof ie>;
