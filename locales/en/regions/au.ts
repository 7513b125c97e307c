/** English: the name of Australia and the words about the services whose home is data/regions/au. */
import type au from '@/data/regions/au';
import type { RegionWords } from '../../words';

export default {
  name: 'Australia',
  services: {
    'stop-it-now-au': {
      confidential: 'Anonymous: they only know what you choose to tell them.',
      passesOnShort:
        'If they have reason to believe that an offence has happened (including online), or that a child is at risk of significant harm, they report it to the relevant authorities, such as the police or child protection.',
      passesOnFull:
        'The helpline is anonymous, and they only have the information you choose to share. Stop It Now! Australia follows all mandatory reporting requirements: if they form a reasonable belief that an offence has happened, or that a child is at risk of significant harm, including any online offending, they report it to the relevant authorities, including the police, child protection, or both.',
    },
    'lifeline-au': {
      about: 'Crisis support, 24 hours a day. You can also text.',
      helpNow: 'Struggling to cope? {name}, {number}, any time. Or text {text}.',
    },
    'kids-helpline': {
      young: 'Aged 5 to 25? {name}: {number}, any time',
      youngFull:
        'If you are aged 5 to 25, you can talk to {name}: {number}, any time. Calls are free, private and confidential, unless they have a duty of care: for example, if a child is being hurt or neglected, if someone is thinking of harming themselves, or if someone has hurt or may hurt someone else.',
    },
    esafety: {
      about: 'Report illegal content online, including sexual images of children.',
    },
    'crime-stoppers-au': {
      about: 'Report a crime by phone, without giving your name.',
    },
    accce: {
      about:
        'Report online child sexual exploitation or grooming, if you are in Australia. This goes to the Australian Federal Police.',
    },
    'emergency-000-au': {
      about: 'in an emergency',
    },
  },
} satisfies RegionWords<typeof au>;
