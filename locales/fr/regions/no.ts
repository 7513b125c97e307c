/** French: the name of Norway and the words about the services whose home is data/regions/no. */
import type no from '@/data/regions/no';
import type { RegionWords } from '../../words';

export default {
  name: 'Norvège',
  services: {
    'det-finnes-hjelp': {
      about:
        'Une discussion en ligne (chat) anonyme avec un psychologue, pour les adultes (18 ans et plus) ayant un intérêt sexuel pour les enfants. Le chat est effacé à la fin de la conversation ; votre adresse IP et l’heure à laquelle vous commencez sont conservées 7 jours. Pour prendre rendez-vous pour un traitement, vous devez donner votre nom et votre numéro d’identité national, et le traitement est soumis à la participation financière habituelle du patient.',
      linkLabel: 'Discuter avec un psychologue sans dire qui vous êtes',
      talk: 'Vous pouvez discuter avec un psychologue de ce qui vous inquiète, sans dire qui vous êtes.',
      whenYouCall:
        'Vous discutez par écrit avec un psychologue, qui peut vous conseiller, sans dire qui vous êtes. Si le chat ne fonctionne pas, le service indique que vous pouvez appeler le 800 99 900.',
      passesOnFull:
        'Ce que vous écrivez dans le chat est effacé à la fin de la conversation. Votre adresse IP et l’heure à laquelle vous commencez un chat sont conservées 7 jours, puis effacées ; le service explique pourquoi sur sa page de confidentialité. Pour prendre rendez-vous pour un traitement, vous devez donner votre nom et votre numéro d’identité national. Le traitement est soumis à la participation financière habituelle du patient.',
    },
    'kirkens-sos': {
      about:
        'Une ligne d’écoute en cas de crise, ouverte tous les jours, jour et nuit. Votre numéro ne s’affiche pas.',
      helpNow:
        'Vous avez du mal à faire face ? Appelez {name} au {number}, à tout moment ; votre numéro ne s’affiche pas. L’appel coûte le même prix qu’un appel vers un numéro fixe ordinaire.',
    },
    alarmtelefonen: {
      young:
        'Enfant ou jeune ? {name}, la ligne de la protection de l’enfance : {number}, gratuit et anonyme, à tout moment. Chaque contact est enregistré.',
      youngFull:
        'Les enfants et les jeunes peuvent joindre {name}, la ligne de la protection de l’enfance, au {number}, gratuitement et de façon anonyme, à tout moment. Chaque contact est enregistré et consigné par écrit.',
    },
    'emergency-113-no': {
      about: 'urgences médicales, quand il s’agit de vie ou de mort',
    },
    'police-112-no': {
      about:
        'la police, pour un enfant en danger maintenant. Un appel d’urgence transmet votre nom et l’endroit où vous êtes',
    },
    'politiet-tips': {
      about:
        'La page de signalement de la police norvégienne pour les sites web contenant des images d’abus sexuels sur des enfants ; Kripos traite les signalements. Vous n’avez pas à donner votre adresse e-mail : si vous la donnez, vous recevez un numéro de référence.',
    },
  },
} satisfies RegionWords<typeof no>;
