/** French: the name of Austria and the words about the services whose home is data/regions/at. */
import type at from '@/data/regions/at';
import type { RegionWords } from '../../words';

export default {
  name: 'Autriche',
  services: {
    'nicht-taeter-werden-at': {
      about:
        'Un programme de thérapie payant à Vienne, proposé par la Männerberatung Wien, pour les hommes qui sont attirés sexuellement par les enfants et ne sont pas passés à l’acte.',
    },
    'telefonseelsorge-at': {
      about:
        'Une ligne d’écoute en cas de crise pour toute l’Autriche, jour et nuit. Chaque appel est traité de façon confidentielle.',
      helpNow: 'Vous avez du mal à faire face ? {name}, {number}, gratuit, à tout moment.',
    },
    'rat-auf-draht-147': {
      young: 'Enfant ou jeune ? {name} : {number}, gratuit et anonyme, à tout moment',
      youngFull:
        'Les enfants et les jeunes peuvent appeler {name} au {number}, gratuitement et de façon anonyme, à tout moment, depuis toute l’Autriche. L’appel n’apparaît pas sur la facture de téléphone. Les adultes proches d’un enfant peuvent aussi appeler.',
    },
    'emergency-144-at': {
      about: 'ambulance, gratuit, jour et nuit',
    },
    'police-133-at': {
      about: 'la police, pour un enfant en danger maintenant, gratuit, jour et nuit',
    },
    stopline: {
      about:
        'Signaler en ligne des images sexuelles d’enfants, avec son formulaire ou par e-mail à office@stopline.at. Stopline traite un signalement en un jour ouvrable et transmet les contenus illégaux au Bundeskriminalamt (la police criminelle fédérale autrichienne) et à son partenaire du réseau INHOPE.',
    },
  },
} satisfies RegionWords<typeof at>;
