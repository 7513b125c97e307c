/** French: the name of New Zealand and the words about the services whose home is data/regions/nz. */
import type nz from '@/data/regions/nz';
import type { RegionWords } from '../../words';

export default {
  name: 'Nouvelle-Zélande',
  services: {
    'safe-to-talk': {
      confidential: 'Aide et soutien confidentiels.',
    },
    'stop-nz': {
      about:
        'Pour l’île du Sud (Te Waipounamu) : évaluation et intervention spécialisées et gratuites pour les personnes qui ont eu un comportement sexuel qui fait du mal. Contactez-les pour une conversation confidentielle.',
    },
    'safe-network': {
      about: 'Pour le nord de l’île du Nord.',
    },
    wellstop: {
      about: 'Pour le sud de l’île du Nord.',
    },
    'need-to-talk-1737': {
      about: 'Appel ou SMS gratuit depuis n’importe quel téléphone fixe ou mobile.',
      helpNow:
        'Vous avez du mal à faire face ? Appelez le {number} ou envoyez un SMS au {text}, gratuitement, à tout moment.',
    },
    'emergency-111-nz': {
      about: 'si vous, ou une personne que vous connaissez, êtes en danger immédiat',
    },
    'dia-nz': {
      about:
        'Le formulaire du Department of Internal Affairs pour signaler des contenus d’exploitation sexuelle d’enfants en ligne. Vous n’avez pas à donner d’adresse e-mail. Si vous tombez par hasard sur de tels contenus, quittez le site immédiatement.',
    },
  },
} satisfies RegionWords<typeof nz>;
