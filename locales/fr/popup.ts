/**
 * Français : the popup's sentences. Formal « vous » throughout; plain language in the style of
 * service-public.fr; 24-hour clock (« 9 h », « 17 h 30 »); French typography: U+00A0 before
 * « : », U+202F before ? ! ; (never inside a name such as Stop It Now!), « » quotes. No
 * adjective or participle about the reader takes a gender (« vous vous inquiétez »).
 */
import type { PopupMessages } from '@/locales';

export default {
  'page.title': 'Signpost',
  'lang.label': 'Langue',
  'popup.heading': 'Aide confidentielle',
  'region.label': 'Pays',
  'region.uk': 'Royaume-Uni',
  'region.ie': 'Irlande',
  'region.us': 'États-Unis',
  'region.au': 'Australie',
  'region.de': 'Allemagne',
  'region.nl': 'Pays-Bas',
  'region.be': 'Belgique',
  'region.fr': 'France',
  'region.nz': 'Nouvelle-Zélande',
  'region.elsewhere': 'Autre pays',
  'helpline.heading': 'Ligne d’écoute {name}',
  'helpline.call': 'Appeler le {number}',
  'helpline.text': 'Envoyer un SMS au {number}',
  'helpline.copy': 'Copier le numéro',
  'helpline.copied': 'Numéro copié : {number}',
  'helpline.copyFailed':
    'Impossible de copier. Le numéro est sélectionné : appuyez sur Ctrl+C ou Cmd+C pour le copier.',
  // A colon, not « de {name} »: names such as Internet Watch Foundation or eSafety would need an elision.
  'helpline.website': 'Aller sur le site web : {name}',
  'helpline.passesOnHeading': 'Ce qui est transmis :',
  'cost.free-uk': 'Gratuit depuis un téléphone du Royaume-Uni.',
  'cost.charged-provider': 'Depuis l’Irlande. Votre opérateur téléphonique peut facturer l’appel.',
  'cost.free': 'Gratuit.',
  'cost.free-toll': 'Numéro gratuit (toll-free).',
  'cost.free-lifeline': 'Gratuit depuis un mobile. Depuis un téléphone fixe, au prix d’un appel local.',
  // STOP's « non surtaxé »: the price of an ordinary call, never « gratuit ».
  'cost.normal-rate': 'Prix d’un appel normal (numéro non surtaxé).',
  // {zone} is « heure du Royaume-Uni »; {local} is empty or « (22 h chez vous) ».
  'hours.open': 'Ouvert en ce moment, jusqu’à {time}, {zone}{local}.',
  'hours.closedToday': 'Fermé en ce moment. Ouvre aujourd’hui à {time}, {zone}{local}.',
  'hours.closedTomorrow': 'Fermé en ce moment. Ouvre demain à {time}, {zone}{local}.',
  'hours.closedLater': 'Fermé en ce moment. Ouvre {day} à {time}, {zone}{local}.',
  // Added where the person's clock differs from the service's; note the leading space.
  'hours.local': ' ({time} chez vous)',
  'hours.always': 'Ouvert 24 heures sur 24, tous les jours.',
  'hours.holidays': 'Les horaires peuvent être différents les jours fériés.',
  'hours.clock.am': '{h24} h',
  'hours.clock.pm': '{h24} h',
  'hours.clock.amMinutes': '{h24} h {mm}',
  'hours.clock.pmMinutes': '{h24} h {mm}',
  'hours.zone.Europe/London': 'heure du Royaume-Uni',
  'hours.zone.Europe/Brussels': 'heure de Belgique',
  'hours.zone.Europe/Berlin': 'heure d’Allemagne',
  // The person's own day and time, inside the brackets: « (lundi à 1 h chez vous) ».
  'hours.dayTime': '{day} à {time}',
  'hours.weekday.1': 'lundi',
  'hours.weekday.2': 'mardi',
  'hours.weekday.3': 'mercredi',
  'hours.weekday.4': 'jeudi',
  'hours.weekday.5': 'vendredi',
  'hours.weekday.6': 'samedi',
  'hours.weekday.7': 'dimanche',
  // The day after « Ouvre » (« Ouvre lundi à 9 h »): no article, no preposition.
  'hours.weekdayOn.1': 'lundi',
  'hours.weekdayOn.2': 'mardi',
  'hours.weekdayOn.3': 'mercredi',
  'hours.weekdayOn.4': 'jeudi',
  'hours.weekdayOn.5': 'vendredi',
  'hours.weekdayOn.6': 'samedi',
  'hours.weekdayOn.7': 'dimanche',
  'hours.holiday.GB-ENG': 'un jour férié en Angleterre et au pays de Galles',
  'hours.holiday.BE': 'un jour férié en Belgique',
  'hours.holiday.DE': 'un jour férié en Allemagne',
  'hours.holidayToday': 'Aujourd’hui, c’est {holiday}, donc les horaires peuvent être différents.',
  'hours.usualToday': 'Horaires habituels aujourd’hui : {times} ({zone}).',
  'hours.usuallyClosedToday': 'Habituellement fermé aujourd’hui.',
  'hours.closedBeforeHoliday':
    'Fermé en ce moment. Ouvre habituellement {day} à {time}, {zone}{local}, mais ce jour-là, c’est {holiday}, donc les horaires peuvent être différents.',
  'hours.timeRange': 'de {open} à {close}',
  'moreHelp.heading': 'Autres aides',
  'moreHelp.selfHelp': 'Aide en autonomie en ligne, gratuite et anonyme',
  'moreHelp.someoneElse': 'Vous vous inquiétez pour une autre personne ?',
  'online.heading': 'Aide anonyme en ligne, où que vous soyez',
  'online.elsewhereIntro':
    'Signpost ne connaît pas de ligne d’écoute là où vous êtes. Ces programmes en ligne sont ouverts à tout le monde.',
  'helpNow.heading': 'Si vous avez besoin d’aide maintenant',
  'helpNow.ownLife': 'Si votre vie est en danger, appelez le {number}.',
  'helpNow.ownLifeElsewhere': 'Si votre vie est en danger, appelez le numéro d’urgence local.',
  'helpNow.danger': 'Un enfant en danger maintenant : appelez le {number}.',
  'helpNow.dangerElsewhere': 'Un enfant en danger maintenant : appelez le numéro d’urgence local.',
  'footer.promise': 'Signpost ne stocke rien et n’envoie rien.',
  'footer.guide': 'Ouvrir le guide complet',
  'footer.independent': 'Indépendant de Stop It Now!',
  'link.newTab': '(s’ouvre dans un nouvel onglet)',
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    samaritans: {
      helpNow: 'Vous avez du mal à faire face ? {name}, {number}, gratuit, à tout moment.',
    },
    'lifeline-988': {
      helpNow: 'Vous avez du mal à faire face ? Appelez la Suicide & Crisis Lifeline au {number}, ou envoyez-lui un SMS.',
    },
    'lifeline-au': {
      helpNow: 'Vous avez du mal à faire face ? {name}, {number}, à tout moment. Ou par SMS au {text}.',
    },
    telefonseelsorge: {
      helpNow: 'Vous avez du mal à faire face ? {name}, {number}, gratuit, à tout moment.',
    },
    childline: {
      young: 'Moins de 19 ans ? {name} : {number}, à tout moment',
    },
    'find-a-helpline': {
      helpNow: 'Vous avez du mal à faire face ? {link}.',
      linkLabel: 'Trouvez une ligne d’écoute gratuite et confidentielle dans votre pays',
    },
    'stop-it-now-uk': {
      confidential: 'Confidentiel : vous n’avez pas à donner votre nom.',
      linkLabel: 'Chat en direct ou message sécurisé',
      languages: 'En anglais ou en gallois. Un interprète peut participer à l’appel.',
      passesOnShort:
        'Si vous donnez des informations qui permettent de vous identifier, et aussi quelque chose qui permet d’identifier un enfant victime de maltraitance ou qui risque de l’être, ou quelque chose qui laisse penser qu’une autre personne risque de subir un préjudice, la ligne d’écoute le transmet. Elle transmet aussi les informations sur toute infraction.',
    },
    'stop-it-now-au': {
      confidential: 'Anonyme : la ligne d’écoute sait seulement ce que vous choisissez de lui dire.',
      passesOnShort:
        'Si la ligne d’écoute a des raisons de croire qu’une infraction a eu lieu (y compris en ligne), ou qu’un enfant risque de subir un préjudice important, elle le signale aux autorités compétentes, comme la police ou la protection de l’enfance.',
    },
    'stop-it-now-us': {
      linkLabel: 'Aide pour les adultes qui s’inquiètent de leurs propres pensées',
    },
    'kein-taeter-werden': {
      about:
        'Une thérapie gratuite, soumise au secret médical, dans environ 11 lieux en Allemagne. Votre premier contact peut être anonyme.',
    },
    'troubled-desire': {
      about: 'Auto-évaluation et aide en autonomie anonymes et gratuites dans votre navigateur, en plusieurs langues.',
    },
    redirection: {
      about:
        'Un programme anonyme d’aide en autonomie, basé sur la thérapie cognitive et comportementale (TCC). En anglais, en espagnol, en finnois et dans d’autres langues.',
    },
    'prevent-it': {
      about:
        'Une thérapie en ligne anonyme et gratuite, avec le soutien d’un thérapeute, pour les adultes. C’est un programme de recherche : certaines personnes attendent avant le début de leur thérapie, et il est possible que le programme n’accepte pas de nouvelles personnes en ce moment.',
    },
    'zelfmoordpreventie-113': {
      helpNow: 'Vous avez du mal à faire face ? {name} : appelez le {number}, ou le {otherNumber} gratuitement.',
    },
    kindertelefoon: {
      young: 'Entre 8 et 18 ans ? {name} : {number}, gratuit et anonyme',
    },
    'stop-it-now-nl': {
      confidential: 'Anonyme.',
    },
    'stop-it-now-bruxelles': {
      confidential:
        'N’apparaît pas sur votre facture de téléphone. Vous n’avez à dire ni qui vous êtes, ni où vous habitez exactement.',
      passesOnShort:
        'La ligne d’écoute peut prévenir les autorités seulement si une personne de moins de 18 ans, ou une autre personne vulnérable, est en danger imminent.',
    },
    'zelfmoordlijn-1813': {
      helpNow: 'Vous avez du mal à faire face ? Appelez {name} au {number}, gratuitement, à tout moment.',
    },
    'centre-prevention-suicide': {
      helpNow: 'Ou appelez le {name} au {number}, à tout moment, de façon anonyme.',
    },
    'suicide-3114': {
      helpNow:
        'Vous avez du mal à faire face ? Appelez le {number}, le numéro national de prévention du suicide, gratuitement, à tout moment.',
    },
    'safe-to-talk': {
      confidential: 'Aide et soutien confidentiels.',
    },
    'need-to-talk-1737': {
      helpNow: 'Vous avez du mal à faire face ? Appelez le {number} ou envoyez un SMS au {text}, gratuitement, à tout moment.',
    },
    'kids-helpline': {
      young: 'Entre 5 et 25 ans ? {name} : {number}, à tout moment',
    },
    'nummer-gegen-kummer': {
      young: 'Enfant ou jeune ? {name} : {number}, gratuit et anonyme',
    },
  },
} satisfies PopupMessages;
