/**
 * Français : the full guide's sentences, typed by the English keys. Formal « vous » throughout;
 * plain language (service-public.fr); typography as in popup.ts (U+00A0 before « : »,
 * U+202F before ? ! ;, « » quotes). No word about the reader takes a gender.
 */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Signpost est indépendant. Ni Stop It Now! ni la Lucy Faithfull Foundation n’ont conçu ou cautionné Signpost.',
  'guide.heading': 'Aide confidentielle : le guide complet',
  'guide.intro':
    'Pour les personnes inquiètes de leurs propres pensées ou comportements sexuels envers des enfants, pour leur entourage et pour les professionnels. Prenez votre temps. Vous pouvez quitter cette page à tout moment : utilisez « Quitter cette page » ou appuyez trois fois sur la touche Maj (Shift).',
  'guide.skip': 'Aller au contenu principal',
  'guide.exit': 'Quitter cette page',
  'guide.contents': 'Sommaire',
  'guide.settings': 'Pays et langue',
  'section.self': 'Vous vous inquiétez de vos propres pensées ou comportements sexuels',
  'section.family': 'Vous vous inquiétez pour une autre personne',
  'section.young':
    'Vous vous inquiétez du comportement sexuel d’un enfant, ou vous êtes jeune et vous vous inquiétez pour vous-même',
  'section.professionals': 'Pour les intervenants et les autres professionnels',
  'section.crisis': 'Vous êtes en crise, ou un enfant est en danger maintenant',
  'section.report': 'Signaler des images sexuelles d’enfants',
  'section.privacy': 'À propos de Signpost et de votre vie privée',
  'self.intro': 'Demander de l’aide est un premier pas important.',
  'self.talk':
    'Vous pouvez parler à quelqu’un de ce qui vous inquiète, de façon confidentielle, sans donner votre nom.',
  // Where the sheet does not say the helpline can be used without a name.
  'self.talkPlain': 'Vous pouvez parler à quelqu’un de ce qui vous inquiète.',
  'self.callHeading': 'Ce qui se passe quand vous appelez',
  'self.confidentialHeading': 'Ce qui reste confidentiel, et ce qui est transmis',
  'self.confidentialUnknown':
    'Demandez au service ce qu’il garde confidentiel avant de donner des informations sur vous.',
  'self.selfHelpHeading': 'Aide en autonomie en ligne, gratuite et anonyme',
  // Services that each serve one part of the country (New Zealand's), each with its area.
  'self.regionalHeading': 'Services spécialisés dans chaque partie du pays',
  'self.regionalService': '{name} : {number}. {about}',
  'self.treatmentHeading': 'Traitement et consultations là où vous êtes',
  'self.noHelpline':
    'Signpost ne connaît pas de ligne d’écoute là où vous êtes. Les programmes en ligne ci-dessous sont ouverts à tout le monde.',
  'family.intro':
    'Si vous vous inquiétez pour votre partenaire, un membre de votre famille ou un ami, ou si une personne proche de vous a été arrêtée, vous aussi, vous pouvez recevoir de l’aide. Ce que cette personne a fait n’est pas de votre faute.',
  'family.helpline': 'La ligne d’écoute {name} est aussi là pour la famille et les amis.',
  'family.page': 'Conseils pour la famille et les amis',
  'family.inform':
    'Après votre prise de contact, la ligne d’écoute peut vous proposer Inform : un programme pour les partenaires, la famille et les amis d’une personne arrêtée, avertie par la police ou condamnée pour des infractions en ligne.',
  'family.childHeading': 'Vous vous inquiétez pour un enfant ?',
  'family.yourselfHeading': 'Prendre soin de vous',
  'family.yourself': 'Cela peut être lourd à porter. Si vous avez du mal à faire face, parlez à quelqu’un.',
  'family.none': 'Signpost ne connaît pas de service pour la famille et les amis là où vous êtes.',
  'young.intro':
    'Les enfants et les jeunes peuvent avoir un comportement sexuel qui fait du mal, et avec la bonne aide, ce comportement peut s’arrêter. Si vous êtes jeune et que vos propres pensées ou votre comportement vous inquiètent, vous aussi, vous pouvez parler à quelqu’un.',
  'young.parents': 'Conseils pour les parents et les personnes qui s’occupent d’enfants',
  'young.none':
    'Signpost ne connaît pas de service pour les jeunes là où vous êtes. Si quelqu’un est en danger maintenant, appelez le numéro d’urgence local.',
  'young.noneDanger':
    'Signpost ne connaît pas de service pour les jeunes là où vous êtes. Si un enfant ou un jeune est en danger maintenant, appelez le {number}.',
  'professionals.doesHeading': 'Ce que fait Signpost, et ce qu’il ne fait pas',
  'professionals.does':
    'Signpost met une aide confidentielle à portée de clic : la ligne d’écoute, ses horaires, ce qu’elle garde confidentiel et une ligne d’aide en cas de crise.',
  'professionals.languages': 'Vous pouvez le lire dans chacune de ces langues : {languages}.',
  'professionals.doesNot':
    'Il ne surveille rien, ne bloque rien et ne signale rien. Il ne stocke rien et n’envoie rien. Ce n’est pas un traitement, et il ne remplace pas un traitement.',
  'professionals.recommendHeading': 'Comment le recommander',
  'professionals.recommend':
    'Proposez à la personne d’installer Signpost elle-même, depuis la boutique d’extensions de son navigateur, sur un appareil qu’elle utilise. Ou donnez-lui la carte ci-dessous, imprimée ou dans un message.',
  'professionals.caseAdvice':
    'La ligne d’écoute {name} répond aussi aux professionnels qui veulent des conseils sur une situation.',
  'card.heading': 'Une carte à donner à quelqu’un',
  'card.intro': 'La carte montre l’aide pour le pays et la langue choisis plus haut.',
  'card.print': 'Imprimer une carte',
  'card.copy': 'Copier ces informations',
  'card.copied': 'Informations copiées. Vous pouvez les coller dans un message.',
  'card.copyFailed':
    'Impossible de copier. Les informations sont sélectionnées : appuyez sur Ctrl+C ou Cmd+C pour les copier.',
  'card.title': 'Aide confidentielle',
  'card.helpline': 'Ligne d’écoute {name} : {number}',
  'card.number': '{number} : {cost}',
  'card.link': '{label} : {url}',
  'card.website': 'Site web',
  'card.selfHelp': 'Aide en autonomie gratuite et anonyme',
  'card.qr': 'Scannez pour ouvrir {url}',
  'card.qrLabel': 'QR code pour {url}',
  'crisis.danger': 'Si un enfant est en danger maintenant, appelez le {number}.',
  'crisis.dangerOr': 'Si un enfant est en danger maintenant, appelez le {number} (ou le {otherNumber}).',
  'crisis.dangerElsewhere': 'Si un enfant est en danger maintenant, appelez le numéro d’urgence local.',
  'crisis.emergencyNumber': '{number} : {about}.',
  'crisis.suicide':
    'Si vous avez des pensées suicidaires, vous n’êtes pas la seule personne dans ce cas, et vous méritez du soutien. Parlez-en à quelqu’un dès maintenant, s’il vous plaît.',
  'crisis.investigation':
    'Si vous avez fait l’objet d’une arrestation, ou si une enquête vous concerne, et que vous avez l’impression de ne plus pouvoir tenir, parlez-en à quelqu’un dès maintenant, s’il vous plaît. Beaucoup de personnes dans cette situation ressentent cela, et de l’aide existe.',
  'crisis.informPlus':
    'Stop It Now! propose aussi des programmes pour les personnes arrêtées ou condamnées pour des infractions en ligne (Inform Plus) : renseignez-vous auprès de la ligne d’écoute.',
  'crisis.advice':
    'Stop It Now! suggère aux personnes en crise de contacter leur médecin généraliste, la ligne d’urgence en santé mentale du NHS de leur région, ou Samaritans.',
  'report.intro': 'Signaler une image peut empêcher qu’elle soit vue à nouveau.',
  'report.warning':
    'Ne téléchargez jamais une image, n’en faites jamais de capture d’écran, ne l’enregistrez jamais et ne l’envoyez jamais, même pour la signaler : cela peut être en soi une infraction. Signalez uniquement l’adresse web.',
  'report.anonymous': 'Vous pouvez faire un signalement anonyme.',
  'report.notAnonymous': 'Ce signalement n’est pas anonyme.',
  // A colon, not « à {name} »: names such as Internet Watch Foundation need an article or an elision.
  'report.link': 'Faire un signalement : {name}',
  'report.none': 'Signpost ne connaît pas de service de signalement là où vous êtes.',
  'privacy.permissionsHeading': 'Autorisations',
  'privacy.permissionsNone': 'Aucune. Votre navigateur indique que Signpost n’a aucune autorisation.',
  'privacy.permissionsSome': 'Votre navigateur indique que Signpost a ces autorisations :',
  'privacy.background':
    'Signpost n’a pas de processus en arrière-plan. Il fonctionne seulement quand cette page ou sa fenêtre pop-up est ouverte, et il n’ajoute rien aux sites web que vous visitez.',
  'privacy.connections':
    'Sa propre politique de sécurité bloque toutes les connexions : ses pages ne peuvent rien envoyer nulle part.',
  'privacy.lookups':
    'Ses pages demandent aussi à votre navigateur de ne pas chercher à l’avance l’adresse des sites web vers lesquels elles renvoient, avant que vous en choisissiez un, et de ne pas dire à un site web que vous venez de Signpost.',
  'privacy.storage':
    'Il ne stocke rien : ni réglages, ni cookies, ni données qui lui soient propres. Le pays et la langue que vous choisissez sont gardés seulement dans cette page tant qu’elle est ouverte, et disparaissent quand vous la fermez.',
  'privacy.historyHeading': 'Ce guide dans l’historique de votre navigateur',
  'privacy.history':
    'Chaque fois que vous ouvrez ce guide, Chrome et Edge l’inscrivent dans leur historique sous le nom « Signpost ». Son adresse y indique le pays et la langue dans lesquels il s’est ouvert, mais aucun des choix que vous y faites. Firefox ne l’inscrit pas. La fenêtre pop-up n’apparaît jamais dans l’historique.',
  'privacy.historyRemove':
    'Pour le supprimer, ouvrez votre historique (Ctrl+H dans Chrome ou Edge, Cmd+Y sur Mac), cherchez « Signpost » et supprimez-le.',
  'privacy.closedTabs':
    'Une fois ce guide fermé, même avec « Quitter cette page », il peut être rouvert depuis la liste des onglets récemment fermés du navigateur. Pour cette liste, le navigateur garde son adresse (qui indique le pays et la langue dans lesquels il s’est ouvert) et jusqu’où vous aviez fait défiler la page, mais aucun des choix que vous y avez faits. Effacer votre historique de navigation vide cette liste : appuyez sur Ctrl+Maj+Suppr (Cmd+Maj+Suppr sur Mac) et choisissez l’historique de navigation.',
  'privacy.clipboard':
    'Si vous copiez un numéro ou la carte, ce texte reste dans le presse-papiers de votre appareil (et dans l’historique du presse-papiers, s’il est activé) tant que vous ne copiez rien d’autre.',
  'privacy.shortcutHeading': 'Ouvrir Signpost avec le clavier',
  'privacy.shortcut': 'Appuyez sur {keys} pour ouvrir la fenêtre pop-up de Signpost.',
  'privacy.shortcutNone': 'Aucun raccourci clavier n’est défini pour Signpost.',
  'privacy.shortcutChange':
    'Pour le définir ou le modifier : dans Chrome, allez sur chrome://extensions/shortcuts ; dans Edge, sur edge://extensions/shortcuts ; dans Firefox, allez sur about:addons, choisissez le bouton en forme de roue dentée, puis « Gérer les raccourcis d’extensions ».',
  'privacy.links':
    'Les liens mènent aux sites web d’autres organisations, qui ont leur propre politique de confidentialité.',
  'privacy.version': 'Signpost, version {version}.',
  // A schedule line starts with a fixed word, so a day name stays lower case after it:
  // « Horaires : du lundi au jeudi, de 9 h à 21 h (heure du Royaume-Uni) ».
  'hours.range': 'Horaires : {days}, {times} ({zone})',
  'hours.dayRange': 'du {from} au {to}',
  'hours.dayPair': '{from} et {to}',
} satisfies GuideMessages;
