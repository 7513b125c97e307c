/** English: the name of Switzerland and the words about the services whose home is data/regions/ch. */
import type ch from '@/data/regions/ch';
import type { RegionWords } from '../../words';

export default {
  name: 'Switzerland',
  services: {
    'kein-taeter-werden-ch': {
      about: 'Its website lists the places in Switzerland that offer treatment.',
    },
    beforemore: {
      about: 'Counselling for German-speaking Switzerland. Signpost has no checked contact details for it.',
    },
    'dis-no': {
      about: 'Counselling for French-speaking Switzerland. Signpost has no checked contact details for it.',
    },
    'dargebotene-hand-143': {
      about: 'Anonymous, any time. You can also chat or email on its website.',
      helpNow:
        'Struggling to cope? Call {name} on {number}, any time, anonymously. A call costs at most CHF 0.20.',
    },
    'pro-juventute-147': {
      young: 'A child or young person? {name}: {number}, free and confidential, any time',
      youngFull:
        'Children and young people can talk to {name} on {number}, free and in confidence, any time. They can also chat on WhatsApp through 147.ch, or email beratung@147.ch.',
    },
    'emergency-144-ch': {
      about: 'ambulance, free',
    },
    'police-117-ch': {
      about: 'the police, for a child in danger now, free. Emergency calls are recorded and show your number',
    },
    clickandstop: {
      about:
        'Report sexual images of children online, in a few clicks. The form passes no details about you to the criminal authorities.',
    },
  },
} satisfies RegionWords<typeof ch>;
