/** French: the name of the United States and the words about the services whose home is data/regions/us. */
import type us from '@/data/regions/us';
import type { RegionWords } from '../../words';

export default {
  name: 'États-Unis',
  services: {
    'stop-it-now-us': {
      about:
        'Une ligne d’écoute gratuite (toll-free) et confidentielle. Vous pouvez appeler, envoyer un e-mail ou discuter par chat.',
      linkLabel: 'Aide pour les adultes qui s’inquiètent de leurs propres pensées',
    },
    'lifeline-988': {
      about: 'La 988 Suicide & Crisis Lifeline : appelez le 988 ou envoyez un SMS au 988.',
      helpNow:
        'Vous avez du mal à faire face ? Appelez la Suicide & Crisis Lifeline au {number}, ou envoyez-lui un SMS.',
    },
    ncmec: {
      about: 'Signaler des images sexuelles d’enfants, en ligne ou par téléphone.',
    },
    'emergency-911-us': {
      about: 'en cas d’urgence',
    },
  },
} satisfies RegionWords<typeof us>;
