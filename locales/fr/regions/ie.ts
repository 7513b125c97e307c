/** French: the name of Ireland and the words about the services whose home is data/regions/ie. */
import type ie from '@/data/regions/ie';
import type { RegionWords } from '../../words';

export default {
  name: 'Irlande',
  services: {
    'emergency-112-ie': {
      about: 'en cas d’urgence',
    },
    'hotline-ie': {
      about:
        'Le centre national irlandais pour signaler des images sexuelles d’enfants, de façon sûre et confidentielle. Il travaille avec An Garda Síochána.',
    },
  },
} satisfies RegionWords<typeof ie>;
