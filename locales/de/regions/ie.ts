/** German: the name of Ireland and the words about the services whose home is data/regions/ie. */
import type ie from '@/data/regions/ie';
import type { RegionWords } from '../../words';

export default {
  name: 'Irland',
  services: {
    'emergency-112-ie': {
      about: 'im Notfall',
    },
    'hotline-ie': {
      about:
        'Die nationale Stelle Irlands, um Missbrauchsabbildungen sicher und vertraulich zu melden. Sie arbeitet mit An Garda Síochána zusammen.',
    },
  },
} satisfies RegionWords<typeof ie>;
