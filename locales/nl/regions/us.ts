/** Dutch: the name of the United States and the words about the services whose home is data/regions/us. */
import type us from '@/data/regions/us';
import type { RegionWords } from '../../words';

export default {
  name: 'Verenigde Staten',
  services: {
    'stop-it-now-us': {
      about: 'Een vertrouwelijke hulplijn met een gratis nummer. U kunt bellen, e-mailen of chatten.',
      linkLabel: 'Hulp voor volwassenen die zich zorgen maken over hun eigen gedachten',
    },
    'lifeline-988': {
      about: 'De 988 Suicide & Crisis Lifeline: bel of sms 988.',
      helpNow: 'Heeft u het moeilijk? Bel of sms {number}, de Suicide & Crisis Lifeline.',
    },
    ncmec: {
      about: 'Seksuele afbeeldingen van kinderen melden, online of telefonisch.',
    },
    'emergency-911-us': {
      about: 'in een noodsituatie',
    },
  },
} satisfies RegionWords<typeof us>;
