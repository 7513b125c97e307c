/** English: the name of New Zealand and the words about the services whose home is data/regions/nz. */
import type nz from '@/data/regions/nz';
import type { RegionWords } from '../../words';

export default {
  name: 'New Zealand',
  services: {
    'safe-to-talk': {
      confidential: 'Confidential help and support.',
    },
    'stop-nz': {
      about:
        'For the South Island (Te Waipounamu): free specialist assessment and intervention for people who have engaged in harmful sexual behaviour. Contact them for a confidential conversation.',
    },
    'safe-network': {
      about: 'For the upper North Island.',
    },
    wellstop: {
      about: 'For the lower North Island.',
    },
    'need-to-talk-1737': {
      about: 'Free to call or text from any landline or mobile phone.',
      helpNow: 'Struggling to cope? Call {number} or text {text}, free, any time.',
    },
    'emergency-111-nz': {
      about: 'if you or someone you know is in immediate danger',
    },
    'dia-nz': {
      about:
        'The Department of Internal Affairs’ form for reporting online child sexual exploitation material. You don’t have to give an email address. If you come across such material by accident, leave the site straight away.',
    },
  },
} satisfies RegionWords<typeof nz>;
