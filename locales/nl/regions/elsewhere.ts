/** Dutch: the name of “Somewhere else” and the words about the help Signpost knows for anywhere else (data/regions/elsewhere). */
import type elsewhere from '@/data/regions/elsewhere';
import type { RegionWords } from '../../words';

export default {
  name: 'Ander land',
  services: {
    'find-a-helpline': {
      about:
        'Gratis, vertrouwelijke crisislijnen in ongeveer 130 landen, allemaal gecontroleerd volgens de criteria van Find A Helpline.',
      linkLabel: 'Zoek een gratis, vertrouwelijke hulplijn in uw land',
      helpNow: 'Heeft u het moeilijk? {link}.',
    },
  },
} satisfies RegionWords<typeof elsewhere>;
