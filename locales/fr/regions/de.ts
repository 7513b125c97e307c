/** French: the name of Germany and the words about the services whose home is data/regions/de. */
import type de from '@/data/regions/de';
import type { RegionWords } from '../../words';

export default {
  name: 'Allemagne',
  services: {
    'kein-taeter-werden': {
      about:
        'Une thérapie gratuite, soumise au secret médical, dans environ 11 lieux en Allemagne. Votre premier contact peut être anonyme.',
    },
    telefonseelsorge: {
      about:
        'Une ligne d’aide en cas de crise, gratuite et anonyme, 24 heures sur 24. Le numéro n’apparaît pas sur votre facture de téléphone. Aussi par chat et par e-mail.',
      helpNow: 'Vous avez du mal à faire face ? {name}, {number}, gratuit, à tout moment.',
    },
    'nummer-gegen-kummer': {
      young: 'Enfant ou jeune ? {name} : {number}, gratuit et anonyme',
      youngFull:
        'Les enfants et les jeunes peuvent joindre {name} au {number}, gratuitement et de façon anonyme. Vous pouvez aussi discuter par chat ou envoyer un e-mail sur son site web.',
    },
    'emergency-112-de': {
      about: 'pompiers ou ambulance, gratuit',
    },
    'police-110-de': {
      about: 'la police, pour un enfant en danger maintenant, gratuit',
    },
    'internet-beschwerdestelle': {
      about:
        'Le service de plaintes sur Internet d’eco et de FSM. Pour signaler des images sexuelles d’enfants, il suffit de dire où vous les avez trouvées : pas de nom ni d’adresse e-mail.',
    },
  },
} satisfies RegionWords<typeof de>;
