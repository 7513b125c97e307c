/** English: the name of Germany and the words about the services whose home is data/regions/de. */
import type de from '@/data/regions/de';
import type { RegionWords } from '../../words';

export default {
  name: 'Germany',
  services: {
    'kein-taeter-werden': {
      about:
        'Free therapy under medical confidentiality at about 11 places in Germany. Your first contact can be anonymous.',
    },
    telefonseelsorge: {
      about:
        'A free, anonymous crisis line, 24 hours a day. The number does not appear on your phone bill. Chat and email too.',
      helpNow: 'Struggling to cope? {name}, {number}, free, any time.',
    },
    'nummer-gegen-kummer': {
      young: 'A child or young person? {name}: {number}, free and anonymous',
      youngFull:
        'Children and young people can talk to {name} on {number}, free and anonymously. You can also chat or email on its website.',
    },
    'emergency-112-de': {
      about: 'fire or ambulance, free',
    },
    'police-110-de': {
      about: 'the police, for a child in danger now, free',
    },
    'internet-beschwerdestelle': {
      about:
        'The internet complaints office of eco and FSM. To report sexual images of children you only need to say where you found them: no name or email address.',
    },
  },
} satisfies RegionWords<typeof de>;
