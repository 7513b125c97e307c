/** French: the name of the Netherlands and the words about the services whose home is data/regions/nl. */
import type nl from '@/data/regions/nl';
import type { RegionWords } from '../../words';

export default {
  name: 'Pays-Bas',
  services: {
    'stop-it-now-nl': {
      about:
        'Une ligne d’écoute gratuite et anonyme pour les personnes inquiètes de leurs propres sentiments sexuels ou de leur comportement sexuel envers des personnes de moins de 18 ans, pour leurs proches, comme leur partenaire et leur famille, et pour les professionnels. Elle est gérée par Offlimits.',
      confidential: 'Anonyme.',
    },
    'zelfmoordpreventie-113': {
      about:
        'Prévention du suicide. Vous pouvez appeler, ou discuter par chat sur son site web, de façon anonyme.',
      helpNow:
        'Vous avez du mal à faire face ? {name} : appelez le {number}, ou le {otherNumber} gratuitement.',
    },
    'emergency-112-nl': {
      about: 'en cas d’urgence',
    },
    'veilig-thuis': {
      about: 'Pour toute personne qui s’inquiète de la sécurité d’un enfant à la maison.',
    },
    kindertelefoon: {
      young: 'Entre 8 et 18 ans ? {name} : {number}, gratuit et anonyme',
      youngFull:
        'Si vous avez entre 8 et 18 ans, vous pouvez appeler {name} au {number}. C’est gratuit et anonyme.',
    },
    'meldpunt-kinderporno': {
      about:
        'Le service d’Offlimits pour signaler des images sexuelles d’enfants. Il ne peut examiner que les images publiques en ligne qui ont une adresse web. Les signalements sont traités de façon confidentielle.',
    },
  },
} satisfies RegionWords<typeof nl>;
