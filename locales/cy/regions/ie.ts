/** Welsh: the name of Ireland and the words about the services whose home is data/regions/ie. */
import type ie from '@/data/regions/ie';
import type { RegionWords } from '../../words';

export default {
  name: 'Iwerddon',
  services: {
    'emergency-112-ie': {
      about: 'mewn argyfwng',
    },
    'hotline-ie': {
      about:
        'Canolfan genedlaethol Iwerddon ar gyfer rhoi gwybod am ddelweddau rhywiol o blant, yn ddiogel ac yn gyfrinachol. Mae’n gweithio gydag An Garda Síochána.',
    },
  },
} satisfies RegionWords<typeof ie>;
