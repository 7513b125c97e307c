/** French: the name of Canada and the words about the services whose home is data/regions/ca. */
import type ca from '@/data/regions/ca';
import type { RegionWords } from '../../words';

export default {
  name: 'Canada',
  services: {
    'talking-for-change': {
      about:
        'Une ligne d’aide et un clavardage anonymes pour les personnes de tout âge préoccupées par une attirance sexuelle envers les enfants, et une psychothérapie gratuite pour les adultes, qui n’est pas anonyme.',
      talk: 'Vous pouvez parler à quelqu’un de ce qui vous inquiète, sans donner votre nom.',
    },
    'suicide-crisis-988-ca': {
      about: 'Par téléphone ou par message texte, en français ou en anglais.',
      helpNow:
        'Vous avez du mal à faire face ? Appelez le {number} ou envoyez un message texte à ce numéro, gratuitement, à tout moment, en français ou en anglais.',
    },
    'kids-help-phone': {
      young: 'Jeune ? {name} : envoyez CONNECT par message texte au {number}, gratuitement, à tout moment',
      youngFull:
        'Partout au Canada, les jeunes peuvent joindre {name} en envoyant CONNECT par message texte au {number}, gratuitement, à tout moment.',
    },
    'emergency-911-ca': {
      about:
        'en cas d’urgence. Pour un enfant en danger immédiat, vous pouvez aussi appeler votre service de police local',
    },
    'cybertip-ca': {
      about: 'Le service canadien de signalement de l’exploitation sexuelle d’enfants en ligne.',
    },
  },
} satisfies RegionWords<typeof ca>;
