/** English: the name of “Somewhere else” and the words about the help Signpost knows for anywhere else (data/regions/elsewhere). */
import type elsewhere from '@/data/regions/elsewhere';
import type { RegionWords } from '../../words';

export default {
  name: 'Somewhere else',
  services: {
    'find-a-helpline': {
      about:
        'Free, confidential crisis helplines in about 130 countries, each checked against Find A Helpline’s criteria.',
      linkLabel: 'Find a free, confidential helpline in your country',
      helpNow: 'Struggling to cope? {link}.',
    },
  },
} satisfies RegionWords<typeof elsewhere>;
