/** French: the name of France and the words about the services whose home is data/regions/fr. */
import type fr from '@/data/regions/fr';
import type { RegionWords } from '../../words';

export default {
  name: 'France',
  services: {
    'stop-fr': {
      whenYouCall:
        'STOP (Service Téléphonique d’Orientation et de Prévention), géré par la FFCRIAVS, s’adresse aux personnes attirées sexuellement par des enfants, pour les aider à accéder à des soins avant un passage à l’acte. Après un message d’accueil, vous tapez le numéro de votre département de résidence (ou de naissance). Votre appel est transmis à un professionnel de ce département (psychologue, psychiatre, infirmier ou infirmière), qui évalue vos besoins et vous oriente vers une prise en charge adaptée. Cette prise en charge est régie par les lois sur le secret professionnel.',
    },
    'suicide-3114': {
      about:
        'Le numéro national de prévention du suicide. Les appels sont confidentiels. Pour toute personne en détresse, toute personne qui s’inquiète pour quelqu’un, toute personne en deuil, et pour les professionnels.',
      helpNow:
        'Vous avez du mal à faire face ? Appelez le {number}, le numéro national de prévention du suicide, gratuitement, à tout moment.',
    },
    'emergency-112-fr': {
      about: 'en cas d’urgence',
    },
    pharos: {
      about:
        'Le service de la police et de la gendarmerie pour signaler des contenus illicites en ligne, y compris des images sexuelles d’enfants. Il est gratuit, et des agents y travaillent 24 heures sur 24.',
    },
    'point-de-contact': {
      about:
        'Signaler des contenus illicites en ligne avec son formulaire, son module pour navigateur ou son application. Point de Contact agit pour que les entreprises qui hébergent des contenus manifestement illicites les retirent, et il informe les autorités.',
    },
  },
} satisfies RegionWords<typeof fr>;
