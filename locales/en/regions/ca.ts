/** English: the name of Canada and the words about the services whose home is data/regions/ca. */
import type ca from '@/data/regions/ca';
import type { RegionWords } from '../../words';

export default {
  name: 'Canada',
  services: {
    'talking-for-change': {
      about:
        'An anonymous helpline and chat for people of all ages who are worried about a sexual interest in children, and free psychotherapy for adults, which is not anonymous.',
      talk: 'You can talk to someone about what worries you, without giving your name.',
    },
    'suicide-crisis-988-ca': {
      about: 'You can call or text, in English or French.',
      helpNow: 'Struggling to cope? Call or text {number}, free, any time, in English or French.',
    },
    'kids-help-phone': {
      young: 'A young person? {name}: text CONNECT to {number}, free, any time',
      youngFull:
        'Young people anywhere in Canada can text CONNECT to {number} to reach {name}, free, any time.',
    },
    'emergency-911-ca': {
      about: 'in an emergency. For a child in immediate danger, you can also call your local police',
    },
    'cybertip-ca': {
      about: 'Canada’s tipline for reporting the online sexual exploitation of children.',
    },
  },
} satisfies RegionWords<typeof ca>;
