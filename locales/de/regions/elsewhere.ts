/** German: the name of “Somewhere else” and the words about the help Signpost knows for anywhere else (data/regions/elsewhere). */
import type elsewhere from '@/data/regions/elsewhere';
import type { RegionWords } from '../../words';

export default {
  name: 'Anderes Land',
  services: {
    'find-a-helpline': {
      about:
        'Kostenlose, vertrauliche Krisentelefone in etwa 130 Ländern, jedes nach den Kriterien von Find A Helpline geprüft.',
      linkLabel: 'Finden Sie ein kostenloses, vertrauliches Hilfetelefon in Ihrem Land',
      helpNow: 'Sie wissen nicht mehr weiter? {link}.',
    },
  },
} satisfies RegionWords<typeof elsewhere>;
