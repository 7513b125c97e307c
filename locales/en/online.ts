/** English: the words about the online programmes open to anyone, anywhere. */
import type { ONLINE } from '@/data/online';
import type { ServicesWords } from '../words';

export default {
  'troubled-desire': {
    about: 'Anonymous, free self-assessment and self-help in your browser, in English and other languages.',
  },
  redirection: {
    about:
      'An anonymous self-help programme based on cognitive behavioural therapy (CBT). In English, Spanish and Finnish.',
  },
  'prevent-it': {
    about:
      'Anonymous, free online therapy with a therapist’s support, for adults. It is a research programme: some people wait before their therapy starts, and it may not be taking new people.',
  },
} satisfies ServicesWords<typeof ONLINE>;
