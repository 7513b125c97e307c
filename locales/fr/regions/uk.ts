/** French: the name of the United Kingdom and the words about the services whose home is data/regions/uk. */
import type uk from '@/data/regions/uk';
import type { RegionWords } from '../../words';

export default {
  name: 'Royaume-Uni',
  services: {
    'stop-it-now-uk': {
      about:
        'Une ligne d’écoute confidentielle pour les personnes inquiètes de leurs propres pensées ou comportements sexuels envers des enfants, pour leur famille et leurs amis, et pour les professionnels.',
      confidential: 'Confidentiel : vous n’avez pas à donner votre nom.',
      languages: 'En anglais ou en gallois. Un interprète peut participer à l’appel.',
      linkLabel: 'Chat en direct ou message sécurisé',
      whenYouCall:
        'Vous n’avez pas à donner votre nom ni aucune information permettant de vous identifier. Vous pouvez parler de ce qui vous inquiète et de ce que vous pourriez faire ensuite. Si parler vous semble trop difficile, lancez plutôt un chat en direct ou envoyez un message sécurisé depuis la page de la ligne d’écoute.',
      passesOnShort:
        'Si vous vous identifiez et dites aussi quelque chose qui permet d’identifier un enfant victime de maltraitance ou qui risque de l’être, ou qui laisse penser qu’une autre personne risque de subir un préjudice, la ligne d’écoute transmet ces informations. Elle transmet aussi les informations sur toute infraction.',
      passesOnFull:
        'Vous n’avez pas à donner votre nom ni aucune information permettant de vous identifier. Si vous donnez des informations qui permettent de vous identifier, et aussi des informations qui permettent d’identifier un enfant victime de maltraitance ou qui risque de l’être, ou des informations qui laissent penser qu’une autre personne risque de subir un préjudice, la ligne d’écoute les transmet aux services compétents. Les informations sur toute infraction pénale sont aussi transmises.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Aide en autonomie, informations et soutien, gratuits et anonymes, pour arrêter de regarder des images sexuelles d’enfants ou d’avoir des conversations sexuelles avec des enfants.',
    },
    'stop-it-now-uk-someone-else': {},
    'stop-it-now-uk-child-behaviour': {
      about:
        'Pour les parents et les personnes qui s’occupent d’enfants, quand le comportement sexuel d’un enfant ou d’un jeune les inquiète.',
    },
    'stop-it-now-uk-faq': {
      about: 'Réponses aux questions fréquentes.',
    },
    childline: {
      young: 'Moins de 19 ans ? {name} : {number}, à tout moment',
      youngFull:
        'Si vous avez moins de 19 ans, vous pouvez parler à {name} : {number}, à tout moment, ou utiliser le chat individuel (1-2-1 chat).',
    },
    nspcc: {
      about:
        'Pour les adultes qui s’inquiètent pour un enfant. Appelez aux horaires ci-dessous, ou prenez contact en ligne ou par e-mail à tout moment.',
      confidentiality:
        'Vous n’avez pas à dire qui vous êtes. Si la NSPCC pense qu’un enfant pourrait courir un risque, elle a l’obligation de partager ce que vous lui dites avec d’autres services.',
    },
    samaritans: {
      about: 'Quelqu’un à qui parler, gratuitement, à tout moment, au Royaume-Uni et en Irlande.',
      confidentiality:
        'Vous n’avez pas à donner votre nom, et Samaritans ne partage ni ce que vous dites ni vos informations personnelles, à quelques exceptions près : par exemple, si vous donnez des informations qui permettent d’identifier un enfant ou un adulte vulnérable qui subit de la maltraitance ou un préjudice, Samaritans peut contacter d’autres services après en avoir parlé avec vous.',
      helpNow: 'Vous avez du mal à faire face ? {name}, {number}, gratuit, à tout moment.',
    },
    'emergency-999-uk': {
      about: 'en cas d’urgence',
    },
    iwf: {
      about: 'Signaler des images sexuelles d’enfants. Il suffit de donner l’adresse web.',
    },
    ceop: {
      about:
        'Signaler des violences sexuelles en ligne ou du pédopiégeage (grooming) visant une personne de moins de 18 ans.',
    },
  },
} satisfies RegionWords<typeof uk>;
