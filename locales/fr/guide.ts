/**
 * Français : the full guide's sentences, typed by the English keys. Formal « vous » throughout;
 * plain language (service-public.fr); typography as in popup.ts (U+00A0 before « : »,
 * U+202F before ? ! ;, « » quotes). No word about the reader takes a gender.
 */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Signpost est indépendant. Ni Stop It Now! ni la Lucy Faithfull Foundation n’ont conçu ou cautionné Signpost.',
  'guide.heading': 'Trouver de l’aide : le guide complet',
  'guide.intro':
    'Pour les personnes inquiètes de leurs propres pensées ou comportements sexuels envers des enfants, pour leur entourage et pour les professionnels. Prenez votre temps. Vous pouvez partir à tout moment : utilisez « Quitter cette page » ou appuyez trois fois sur la touche Maj (Shift).',
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
  'self.intro': 'Les images sexuelles d’enfants montrent de vrais enfants, qui sont de nouveau victimes chaque fois qu’une image est regardée. Ces images sont illégales, mais des personnes réussissent à arrêter, et de l’aide existe pour vous.',
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
    'Signpost ne connaît pas de ligne d’écoute là où vous êtes. Les programmes en ligne ci-dessous ne sont pas limités à un pays.',
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
    'Signpost ne connaît pas de service pour les jeunes là où vous êtes. Si un enfant ou un jeune est en danger maintenant, appelez le {number}.',
  'professionals.doesHeading': 'Ce que fait Signpost, et ce qu’il ne fait pas',
  'professionals.does':
    'Signpost met de l’aide à portée de clic : une ligne d’écoute quand Signpost en connaît une, et une ligne d’aide en cas de crise ou un moyen d’en trouver une. Quand une ligne indique ses horaires, ou ce qu’elle garde confidentiel, Signpost l’affiche aussi.',
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
  'card.title': 'Où trouver de l’aide',
  'card.helpline': 'Ligne {name} : {number}',
  'card.number': '{number} : {cost}',
  'card.link': '{label} : {url}',
  'card.website': 'Site web',
  'card.selfHelp': 'Aide en autonomie gratuite et anonyme',
  'card.qr': 'Scannez pour ouvrir {url}',
  'card.qrLabel': 'QR code pour {url}',
  'crisis.danger': 'Si un enfant est en danger maintenant, appelez le {number}.',
  'crisis.dangerOr': 'Si un enfant est en danger maintenant, appelez le {number} (ou le {otherNumber}).',
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
  'report.intro': 'Si vous tombez en ligne sur des images sexuelles d’enfants, vous pouvez signaler l’endroit où vous les avez trouvées.',
  'report.warning':
    'Ne téléchargez jamais une image, n’en faites jamais de capture d’écran, ne l’enregistrez jamais et ne l’envoyez jamais, même pour la signaler : cela peut être en soi une infraction. Signalez uniquement l’adresse web.',
  'report.anonymous': 'Vous pouvez faire un signalement anonyme.',
  'report.notAnonymous': 'Ce signalement n’est pas anonyme.',
  // « le site {name} », not « à {name} »: names such as Internet Watch Foundation need an article or an elision.
  'report.link': 'Signaler sur le site {name}',
  'report.none': 'Signpost ne connaît pas de service de signalement là où vous êtes.',
  'privacy.permissionsHeading': 'Autorisations',
  'privacy.permissionsNone': 'Aucune. Votre navigateur indique que Signpost n’a aucune autorisation.',
  'privacy.permissionsSome': 'Votre navigateur indique que Signpost a ces autorisations :',
  'privacy.background':
    'Signpost n’a pas de processus en arrière-plan. Il fonctionne seulement quand cette page ou sa fenêtre pop-up est ouverte, et il n’ajoute rien aux sites web que vous visitez.',
  'privacy.connections':
    'Sa propre politique de sécurité empêche ses pages de charger quoi que ce soit depuis Internet ou d’y envoyer quoi que ce soit. Elle ne s’applique pas aux liens que vous choisissez, qui ouvrent leur site dans un nouvel onglet, ni à tout ce que fait le navigateur pour une page, comme se connecter à l’avance à un site vers lequel la page renvoie. Les pages de Signpost ne demandent aucune connexion de ce type et n’intègrent aucun autre site.',
  'privacy.lookups':
    'Ses pages demandent aussi à votre navigateur de ne pas chercher à l’avance l’adresse des sites web vers lesquels elles renvoient, avant que vous en choisissiez un, et de ne pas dire à un site web que vous venez de Signpost.',
  'privacy.storage':
    'Il ne stocke rien : ni réglages, ni cookies, ni données qui lui soient propres. Le pays et la langue que vous choisissez sont gardés seulement dans cette page tant qu’elle est ouverte, et disparaissent quand vous la fermez.',
  'privacy.historyHeading': 'Ce guide dans l’historique de votre navigateur',
  'privacy.history':
    'Chaque fois que vous ouvrez ce guide dans une fenêtre normale, Chrome et Edge l’inscrivent dans leur historique sous le nom « Signpost », à sa propre adresse, sans pays ni langue. Firefox ne l’inscrit pas. La fenêtre pop-up n’apparaît jamais dans l’historique.',
  'privacy.historyRemove':
    'Pour le supprimer, ouvrez votre historique (Ctrl+H dans Chrome ou Edge, Cmd+Y sur Mac), cherchez « Signpost » et supprimez-le.',
  'privacy.closedTabs':
    'Une fois ce guide fermé, même avec « Quitter cette page », il peut être rouvert depuis la liste des onglets récemment fermés du navigateur. Pour cette liste, le navigateur garde son adresse, jusqu’où vous aviez fait défiler la page et tout site d’aide ouvert depuis ce guide, mais aucun des choix que vous y avez faits. Effacer votre historique de navigation vide cette liste : appuyez sur Ctrl+Maj+Suppr (Cmd+Maj+Suppr sur Mac) et choisissez l’historique de navigation.',
  'privacy.clipboard':
    'Si vous copiez un numéro ou la carte, ce texte reste dans le presse-papiers de votre appareil (et dans l’historique du presse-papiers, s’il est activé) tant que vous ne copiez rien d’autre.',
  'privacy.keptHeading': 'Ce que votre navigateur garde',
  'privacy.keptIntro':
    'Votre navigateur garde ses propres traces des pages que vous ouvrez, y compris celles de Signpost. En plus de l’historique et des onglets récemment fermés :',
  'privacy.keptSites':
    'il garde dans l’historique un site d’aide que vous ouvrez, comme tout site web, et Chrome et Edge notent que vous l’avez ouvert depuis Signpost : effacer votre historique de navigation supprime les deux',
  'privacy.keptTile':
    'si vous ouvrez ce guide en tapant son adresse, Chrome et Edge peuvent afficher une vignette « Signpost » sur la page Nouvel onglet : supprimez la vignette ou effacez votre historique de navigation',
  'privacy.keptCache':
    'Chrome et Edge gardent une copie de chaque script de Signpost exécuté, avec son heure, mais rien de ce que vous avez lu : effacer « Images et fichiers en cache » la supprime',
  'privacy.keptClick':
    'Firefox note pendant 45 jours le moment où vous cliquez ou tapez pour la première fois dans une page, y compris celle-ci : effacer votre historique de navigation supprime cette note',
  'privacy.keptSync':
    'si la synchronisation est activée, Chrome affiche vos onglets ouverts, y compris ce guide, sur vos autres appareils',
  'privacy.keptInstalled':
    'votre navigateur affiche Signpost, avec son nom et sa description, parmi vos extensions, et Firefox les inclut dans ses données techniques (télémétrie), comme pour tout module : supprimer Signpost le retire de la liste',
  'privacy.privateHeading': 'Dans une fenêtre de navigation privée',
  'privacy.private':
    'Signpost ne stocke rien, dans une fenêtre normale comme dans une fenêtre de navigation privée. Dans une fenêtre de navigation privée, votre navigateur oublie aussi l’onglet et l’adresse de ce guide quand vous fermez la fenêtre.',
  'privacy.privateAllow':
    'Votre navigateur n’exécute Signpost dans une fenêtre de navigation privée que si vous le permettez :',
  'privacy.privateChrome':
    'dans Chrome, allez sur chrome://extensions, choisissez « Détails » sous Signpost, puis activez « Autoriser en mode navigation privée »',
  'privacy.privateEdge':
    'dans Edge, allez sur edge://extensions, choisissez « Détails » sous Signpost, puis activez l’option qui autorise Signpost en mode InPrivate',
  'privacy.privateFirefox':
    'dans Firefox, allez sur about:addons, choisissez Signpost, puis « Autoriser » à côté de « Exécution dans les fenêtres privées » (Firefox vous le demande aussi quand vous ajoutez Signpost)',
  'privacy.privateAndroid':
    'dans Firefox pour Android, ouvrez le menu, choisissez « Extensions », puis Signpost, et autorisez son exécution en navigation privée',
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
  'hours.holidays': 'Les horaires peuvent être différents les jours fériés.',
  'hours.usualToday': 'Horaires habituels aujourd’hui : {times} ({zone}).',
  'hours.usuallyClosedToday': 'Ligne habituellement fermée aujourd’hui.',
  'hours.timeRange': 'de {open} à {close}',
  'hours.range': '{days}, {times} ({zone})',
  'hours.dayRange': 'Du {from} au {to}',
  'hours.dayPair': 'Le {from} et le {to}',
  'hours.dayOne': 'Le {day}',
} satisfies GuideMessages;
