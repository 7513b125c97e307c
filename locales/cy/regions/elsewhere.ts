/** Welsh: the name of “Somewhere else” and the words about the help Signpost knows for anywhere else (data/regions/elsewhere). */
import type elsewhere from '@/data/regions/elsewhere';
import type { RegionWords } from '../../words';

export default {
  name: 'Rhywle arall',
  services: {
    'find-a-helpline': {
      about:
        'Llinellau cymorth argyfwng cyfrinachol am ddim mewn tua 130 o wledydd, pob un wedi’i wirio yn erbyn meini prawf Find A Helpline.',
      linkLabel: 'Dewch o hyd i linell gymorth gyfrinachol am ddim yn eich gwlad',
      helpNow: 'Yn ei chael hi’n anodd ymdopi? {link}.',
    },
  },
} satisfies RegionWords<typeof elsewhere>;
