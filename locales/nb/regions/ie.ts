/** Norwegian (Bokmål): the name of Ireland and the words about the services whose home is data/regions/ie. */
import type ie from '@/data/regions/ie';
import type { RegionWords } from '../../words';

export default {
  name: 'Irland',
  services: {
    'emergency-112-ie': {
      about: 'i en nødsituasjon',
    },
    'hotline-ie': {
      about:
        'Irlands nasjonale senter for å melde fra om seksuelle bilder av barn, sikkert og fortrolig. Det samarbeider med An Garda Síochána.',
    },
  },
} satisfies RegionWords<typeof ie>;
