/** English: the name of Ireland and the words about the services whose home is data/regions/ie. */
import type ie from '@/data/regions/ie';
import type { RegionWords } from '../../words';

export default {
  name: 'Ireland',
  services: {
    'emergency-112-ie': {
      about: 'in an emergency',
    },
    'hotline-ie': {
      about:
        'Ireland’s national centre for reporting sexual images of children, securely and confidentially. It works with An Garda Síochána.',
    },
  },
} satisfies RegionWords<typeof ie>;
