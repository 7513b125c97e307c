/** French: the name of “Somewhere else” and the words about the help Signpost knows for anywhere else (data/regions/elsewhere). */
import type elsewhere from '@/data/regions/elsewhere';
import type { RegionWords } from '../../words';

export default {
  name: 'Autre pays',
  services: {
    'find-a-helpline': {
      about:
        'Des lignes d’aide en cas de crise, gratuites et confidentielles, dans environ 130 pays, chacune vérifiée selon les critères de Find A Helpline.',
      linkLabel: 'Trouvez une ligne d’écoute gratuite et confidentielle dans votre pays',
      helpNow: 'Vous avez du mal à faire face ? {link}.',
    },
  },
} satisfies RegionWords<typeof elsewhere>;
