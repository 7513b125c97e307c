/** French: the name of Belgium and the words about the services whose home is data/regions/be. */
import type be from '@/data/regions/be';
import type { RegionWords } from '../../words';

export default {
  name: 'Belgique',
  services: {
    'stop-it-now-bruxelles': {
      confidential:
        'Le numéro n’apparaît pas sur votre facture de téléphone. Vous n’avez à dire ni qui vous êtes, ni où vous habitez exactement.',
      whenYouCall:
        'Si vous préférez écrire, vous pouvez discuter par chat le lundi de 14 h à 16 h (heure de Belgique) sur Facebook, Messenger, Instagram ou LinkedIn, ou envoyer un e-mail à contact@stopitnow.brussels, sous un pseudonyme si vous le souhaitez. Dans le chat, la ligne d’écoute voit seulement ce que vous avez enregistré sur la plateforme choisie. La plateforme elle-même voit ce que vous y enregistrez.',
      passesOnShort:
        'La ligne d’écoute ne peut prévenir les autorités que si une personne de moins de 18 ans, ou une autre personne vulnérable, est en danger imminent.',
      passesOnFull:
        'Les personnes qui répondent sont tenues au secret professionnel. Elles ne peuvent prévenir les autorités que si une personne de moins de 18 ans, ou une autre personne vulnérable, est en danger imminent.',
    },
    'zelfmoordlijn-1813': {
      about:
        'La ligne de prévention du suicide en Flandre. Les appels sont anonymes. Vous pouvez aussi discuter par chat ou envoyer un e-mail sur son site web.',
      helpNow:
        'Vous avez du mal à faire face ? En Flandre, appelez la ligne Zelfmoordlijn {number}, gratuitement, à tout moment.',
      helpNowOr: 'Ou, en Flandre, appelez la ligne Zelfmoordlijn {number}, gratuitement, à tout moment.',
    },
    'centre-prevention-suicide': {
      about: 'Une ligne de crise : quelqu’un vous écoute, dans l’anonymat.',
      helpNow:
        'Vous avez du mal à faire face ? Appelez le {name} au {number}, à tout moment, de façon anonyme.',
      helpNowOr: 'Ou appelez le {name} au {number}, à tout moment, de façon anonyme.',
    },
    'emergency-112-be': {
      about: 'en cas d’urgence, gratuit',
    },
    'child-focus': {
      about:
        'Signaler des images sexuelles d’enfants à Child Focus. Son personnel est tenu au secret professionnel.',
    },
  },
} satisfies RegionWords<typeof be>;
