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
  'popup.heading': 'Trouver de l’aide',
  'region.label': 'Pays',
  'helpline.heading': 'Ligne {name}',
  'helpline.call': 'Appeler le {number}',
  'helpline.text': 'Envoyer un SMS au {number}',
  'helpline.copy': 'Copier',
  'helpline.copied': 'Numéro copié : {number}',
  'helpline.copyFailed':
    'Impossible de copier. Le numéro est sélectionné : appuyez sur Ctrl+C ou Cmd+C pour le copier.',
  // « le site {name} », not « de {name} »: names such as Internet Watch Foundation or eSafety would need an elision.
  'helpline.website': 'Aller sur le site {name}',
  'helpline.passesOnHeading': 'Ce qui est transmis',
  'cost.free-uk': 'Gratuit depuis un téléphone du Royaume-Uni.',
  'cost.charged-provider': 'Depuis l’Irlande. Votre opérateur téléphonique peut facturer l’appel.',
  'cost.free': 'Gratuit.',
  'cost.free-toll': 'Numéro gratuit (toll-free).',
  'cost.free-lifeline': 'Gratuit depuis un mobile. Depuis un téléphone fixe, au prix d’un appel local.',
  // STOP's « non surtaxé »: the price of an ordinary call, never « gratuit ».
  'cost.normal-rate': 'Prix d’un appel normal (numéro non surtaxé).',
  'cost.max-chf-0-20': 'Un appel coûte au maximum CHF 0.20.',
  'cost.landline-rate': 'Prix d’un appel vers un numéro de téléphone fixe ordinaire.',
  // {zone} is « heure du Royaume-Uni »; {local} is empty or « (22 h chez vous) ».
  'hours.open': 'Ligne ouverte en ce moment, jusqu’à {time}, {zone}{local}.',
  'hours.closedToday': 'Ligne fermée en ce moment. Ouverture aujourd’hui à {time}, {zone}{local}.',
  'hours.closedTomorrow': 'Ligne fermée en ce moment. Ouverture demain à {time}, {zone}{local}.',
  'hours.closedLater': 'Ligne fermée en ce moment. Ouverture {day} à {time}, {zone}{local}.',
  // Added where the person's clock differs from the service's; note the leading space.
  'hours.local': ' ({time} chez vous)',
  'hours.always': 'Ligne ouverte 24 heures sur 24, tous les jours.',
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
  'hours.holiday.GB': 'un jour férié au Royaume-Uni',
  'hours.holiday.GB-ENG-NIR': 'un jour férié en Angleterre, au pays de Galles et en Irlande du Nord',
  'hours.holiday.GB-ENG': 'un jour férié en Angleterre et au pays de Galles',
  'hours.holiday.GB-SCT': 'un jour férié en Écosse',
  'hours.holiday.GB-NIR': 'un jour férié en Irlande du Nord',
  'hours.holiday.GB-part': 'un jour férié dans une partie du Royaume-Uni',
  'hours.holiday.BE': 'un jour férié en Belgique',
  'hours.holiday.DE': 'un jour férié en Allemagne',
  'hours.holiday.DE-STATES': 'un jour férié dans certains Länder allemands',
  'hours.holidayToday': 'Aujourd’hui, c’est {holiday}, donc les horaires peuvent être différents.',
  'hours.closedBeforeHoliday': 'Ligne fermée en ce moment, et {day} est {holiday} : les horaires peuvent être différents.',
  'moreHelp.heading': 'Autres aides',
  'moreHelp.selfHelp': 'Aide en autonomie en ligne, gratuite et anonyme',
  'moreHelp.someoneElse': 'Vous vous inquiétez pour une autre personne ?',
  'online.heading': 'Aide anonyme en ligne, où que vous soyez',
  'online.elsewhereIntro':
    'Signpost ne connaît pas de ligne d’écoute là où vous êtes. Ces programmes en ligne ne sont pas limités à un pays.',
  'helpNow.heading': 'Si vous avez besoin d’aide maintenant',
  'helpNow.ownLife': 'Si votre vie est en danger, appelez le {number}.',
  'helpNow.ownLifeOr': 'Si votre vie est en danger, appelez le {number} (ou le {otherNumber}).',
  'helpNow.ownLifeElsewhere': 'Si votre vie est en danger, appelez le numéro d’urgence local.',
  'helpNow.danger': 'Un enfant est en danger en ce moment ? Appelez le {number}.',
  'helpNow.dangerOr': 'Un enfant est en danger en ce moment ? Appelez le {number} (ou le {otherNumber}).',
  'helpNow.dangerElsewhere': 'Un enfant est en danger en ce moment ? Appelez le numéro d’urgence local.',
  'footer.promise': 'Signpost ne stocke rien et n’envoie rien.',
  'footer.guide': 'Ouvrir le guide complet',
  'footer.independent': 'Indépendant de Stop It Now!',
  'link.newTab': '(s’ouvre dans un nouvel onglet)',
} satisfies PopupMessages;
