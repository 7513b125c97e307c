/** Welsh: the name of the United States and the words about the services whose home is data/regions/us. */
import type us from '@/data/regions/us';
import type { RegionWords } from '../../words';

export default {
  name: 'Yr Unol Daleithiau',
  services: {
    'stop-it-now-us': {
      about: 'Llinell gymorth rhadffôn, gyfrinachol. Gallwch ffonio, anfon e-bost neu sgwrsio.',
      linkLabel: 'Help i oedolion sy’n poeni am eu meddyliau eu hunain',
    },
    'lifeline-988': {
      about: '988 Suicide & Crisis Lifeline: ffoniwch neu anfonwch neges destun i 988.',
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Ffoniwch neu anfonwch neges destun i {number}, y Suicide & Crisis Lifeline.',
    },
    ncmec: {
      about: 'Rhoi gwybod am ddelweddau rhywiol o blant, ar-lein neu dros y ffôn.',
    },
    'emergency-911-us': {
      about: 'mewn argyfwng',
    },
  },
} satisfies RegionWords<typeof us>;
