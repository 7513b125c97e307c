/** French: the name of Australia and the words about the services whose home is data/regions/au. */
import type au from '@/data/regions/au';
import type { RegionWords } from '../../words';

export default {
  name: 'Australie',
  services: {
    'stop-it-now-au': {
      confidential: 'Anonyme : la ligne d’écoute sait seulement ce que vous choisissez de lui dire.',
      passesOnShort:
        'Si la ligne d’écoute a des raisons de croire qu’une infraction a eu lieu (y compris en ligne), ou qu’un enfant risque de subir un préjudice important, elle le signale aux autorités compétentes, comme la police ou la protection de l’enfance.',
      passesOnFull:
        'La ligne d’écoute est anonyme, et elle a seulement les informations que vous choisissez de partager. Stop It Now! Australia respecte toutes les obligations légales de signalement : si la ligne d’écoute a des motifs raisonnables de croire qu’une infraction a eu lieu, ou qu’un enfant risque de subir un préjudice important, y compris pour toute infraction en ligne, elle le signale aux autorités compétentes, notamment la police, la protection de l’enfance, ou les deux.',
    },
    'lifeline-au': {
      about: 'Un soutien en cas de crise, 24 heures sur 24. Vous pouvez aussi envoyer un SMS.',
      helpNow: 'Vous avez du mal à faire face ? {name}, {number}, à tout moment. Ou par SMS au {text}.',
    },
    'kids-helpline': {
      young: 'Entre 5 et 25 ans ? {name} : {number}, à tout moment',
      youngFull:
        'Si vous avez entre 5 et 25 ans, vous pouvez parler à {name} : {number}, à tout moment. Les appels sont gratuits, privés et confidentiels, sauf s’il existe un devoir de protection (duty of care) : par exemple, si un enfant subit des violences ou de la négligence, si quelqu’un pense à se faire du mal, ou si quelqu’un a fait du mal ou pourrait faire du mal à une autre personne.',
    },
    esafety: {
      about: 'Signaler des contenus illégaux en ligne, y compris des images sexuelles d’enfants.',
    },
    'crime-stoppers-au': {
      about: 'Signaler une infraction par téléphone, sans donner votre nom.',
    },
    accce: {
      about:
        'Signaler l’exploitation sexuelle d’enfants en ligne ou du pédopiégeage (grooming), si vous êtes en Australie. Le signalement est transmis à l’Australian Federal Police.',
    },
    'emergency-000-au': {
      about: 'en cas d’urgence',
    },
  },
} satisfies RegionWords<typeof au>;
