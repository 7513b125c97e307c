/** English: the name of Belgium and the words about the services whose home is data/regions/be. */
import type be from '@/data/regions/be';
import type { RegionWords } from '../../words';

export default {
  name: 'Belgium',
  services: {
    'stop-it-now-bruxelles': {
      confidential:
        'Not shown on your phone bill. You don’t have to say who you are or exactly where you live.',
      whenYouCall:
        'If you would rather write, you can chat on Mondays from 2pm to 4pm (Belgian time) on Facebook, Messenger, Instagram or LinkedIn, or email contact@stopitnow.brussels, using a made-up name if you like. In the chat, the helpline sees only what you have saved on the platform you choose. The platform itself sees what you store there.',
      passesOnShort:
        'They may tell the authorities only if someone under 18, or another vulnerable person, is in immediate danger.',
      passesOnFull:
        'The people who answer are bound by professional secrecy. They may tell the authorities only if someone under 18, or another vulnerable person, is in immediate danger.',
    },
    'zelfmoordlijn-1813': {
      about:
        'The suicide prevention line in Flanders. Calls are anonymous. You can also chat or email on its website.',
      helpNow: 'Struggling to cope? In Flanders, call Zelfmoordlijn {number}, free, any time.',
      helpNowOr: 'Or, in Flanders, call Zelfmoordlijn {number}, free, any time.',
    },
    'centre-prevention-suicide': {
      about: 'A crisis line: someone will listen to you, anonymously.',
      helpNow: 'Struggling to cope? Call {name} on {number}, any time, anonymously.',
      helpNowOr: 'Or call {name} on {number}, any time, anonymously.',
    },
    'emergency-112-be': {
      about: 'in an emergency, free',
    },
    'child-focus': {
      about: 'Report sexual images of children to Child Focus. Its staff are bound by professional secrecy.',
    },
  },
} satisfies RegionWords<typeof be>;
