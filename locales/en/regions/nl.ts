/** English: the name of the Netherlands and the words about the services whose home is data/regions/nl. */
import type nl from '@/data/regions/nl';
import type { RegionWords } from '../../words';

export default {
  name: 'Netherlands',
  services: {
    'stop-it-now-nl': {
      about:
        'A free, anonymous helpline for people worried about their own sexual feelings or sexual behaviour towards anyone under 18, for the people around them, such as partners and family, and for professionals. It is run by Offlimits.',
      confidential: 'Anonymous.',
    },
    'zelfmoordpreventie-113': {
      about: 'Suicide prevention. You can call, or chat on its website, anonymously.',
      helpNow: 'Struggling to cope? {name}: call {number}, or {otherNumber} for free.',
    },
    'emergency-112-nl': {
      about: 'in an emergency',
    },
    'veilig-thuis': {
      about: 'For anyone worried about a child’s safety at home.',
    },
    kindertelefoon: {
      young: 'Aged 8 to 18? {name}: {number}, free and anonymous',
      youngFull: 'If you are aged 8 to 18, you can call {name} on {number}. It is free and anonymous.',
    },
    'meldpunt-kinderporno': {
      about:
        'Offlimits’ hotline for reporting sexual images of children. It can only look at images that are public online and have a web address. Reports are handled confidentially.',
    },
  },
} satisfies RegionWords<typeof nl>;
