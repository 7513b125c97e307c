/** Dutch: the words about the online programmes open to anyone, anywhere. */
import type { ONLINE } from '@/data/online';
import type { ServicesWords } from '../words';

export default {
  'troubled-desire': {
    about: 'Anonieme, gratis zelftest en zelfhulp in uw browser, in het Engels en andere talen.',
  },
  redirection: {
    about:
      'Een anoniem zelfhulpprogramma op basis van cognitieve gedragstherapie (CGT). In het Engels, Spaans en Fins.',
  },
  'prevent-it': {
    about:
      'Anonieme, gratis onlinetherapie met steun van een therapeut, voor volwassenen. Het is een onderzoeksprogramma: sommige mensen moeten wachten voordat hun therapie begint, en misschien kunnen er nu geen nieuwe mensen meedoen.',
  },
} satisfies ServicesWords<typeof ONLINE>;
