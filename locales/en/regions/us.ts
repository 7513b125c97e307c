/** English: the name of the United States and the words about the services whose home is data/regions/us. */
import type us from '@/data/regions/us';
import type { RegionWords } from '../../words';

export default {
  name: 'United States',
  services: {
    'stop-it-now-us': {
      about: 'A toll-free, confidential helpline. You can call, email or chat.',
      linkLabel: 'Help for adults worried about their own thoughts',
    },
    'lifeline-988': {
      about: 'The 988 Suicide & Crisis Lifeline: call or text 988.',
      helpNow: 'Struggling to cope? Call or text {number}, the Suicide & Crisis Lifeline.',
    },
    ncmec: {
      about: 'Report sexual images of children, online or by phone.',
    },
    'emergency-911-us': {
      about: 'in an emergency',
    },
  },
} satisfies RegionWords<typeof us>;
