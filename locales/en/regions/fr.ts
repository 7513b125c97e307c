/** English: the name of France and the words about the services whose home is data/regions/fr. */
import type fr from '@/data/regions/fr';
import type { RegionWords } from '../../words';

export default {
  name: 'France',
  services: {
    'stop-fr': {
      whenYouCall:
        'STOP, run by the FFCRIAVS, is for people who are sexually attracted to children, to help them get care before they act on it. After a welcome message, you type in the number of your département (where you live, or where you were born). You are put through to a clinician there (a psychologist, psychiatrist or nurse), who assesses what you need and refers you to suitable care. That care is covered by the law on professional secrecy.',
    },
    'suicide-3114': {
      about:
        'The national suicide prevention line. Calls are confidential. For anyone in distress, anyone worried about someone, anyone bereaved, and professionals.',
      helpNow: 'Struggling to cope? Call {number}, the national suicide prevention line, free, any time.',
    },
    'emergency-112-fr': {
      about: 'in an emergency',
    },
    pharos: {
      about:
        'The police and gendarmerie’s service for reporting illegal content online, including sexual images of children. It is free, and staffed 24 hours a day.',
    },
    'point-de-contact': {
      about:
        'Report illegal content online with its form, browser add-on or app. It works to have clearly illegal content removed by the companies that host it, and informs the authorities.',
    },
  },
} satisfies RegionWords<typeof fr>;
