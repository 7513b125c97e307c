/** French: the name of Switzerland and the words about the services whose home is data/regions/ch. */
import type ch from '@/data/regions/ch';
import type { RegionWords } from '../../words';

export default {
  name: 'Suisse',
  services: {
    'kein-taeter-werden-ch': {
      about: 'Son site web indique les lieux qui proposent un traitement en Suisse.',
    },
    beforemore: {
      about:
        'Des consultations pour la Suisse alémanique. Signpost n’a pas de coordonnées vérifiées pour ce service.',
    },
    'dis-no': {
      about:
        'Des consultations pour la Suisse romande. Signpost n’a pas de coordonnées vérifiées pour ce service.',
    },
    'dargebotene-hand-143': {
      about:
        'Anonyme, à tout moment. Vous pouvez aussi discuter par chat ou écrire un e-mail sur son site web.',
      helpNow:
        'Vous avez du mal à faire face ? Appelez {name} au {number}, à tout moment, de façon anonyme. Un appel coûte au maximum CHF 0.20.',
    },
    'pro-juventute-147': {
      young: 'Enfant ou jeune ? {name} : {number}, gratuit et confidentiel, à tout moment',
      youngFull:
        'Les enfants et les jeunes peuvent joindre {name} au {number}, gratuitement et de façon confidentielle, à tout moment. Ils peuvent aussi discuter par WhatsApp via 147.ch ou écrire à beratung@147.ch.',
    },
    'emergency-144-ch': {
      about: 'ambulance, gratuit',
    },
    'police-117-ch': {
      about:
        'la police, pour un enfant en danger maintenant, gratuit. Les appels d’urgence sont enregistrés et votre numéro s’affiche',
    },
    clickandstop: {
      about:
        'Signaler en ligne des images sexuelles d’enfants, en quelques clics. Le formulaire ne transmet aux autorités pénales aucune information sur vous.',
    },
  },
} satisfies RegionWords<typeof ch>;
