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
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    'stop-it-now-uk': {
      whenYouCall:
        'Vous n’avez pas à donner votre nom ni aucune information permettant de vous identifier. Vous pouvez parler de ce qui vous inquiète et de ce que vous pourriez faire ensuite. Si parler vous semble trop difficile, lancez plutôt un chat en direct ou envoyez un message sécurisé depuis la page de la ligne d’écoute.',
      about:
        'Une ligne d’écoute confidentielle pour les personnes inquiètes de leurs propres pensées ou comportements sexuels envers des enfants, pour leur famille et leurs amis, et pour les professionnels.',
      passesOnFull:
        'Vous n’avez pas à donner votre nom ni aucune information permettant de vous identifier. Si vous donnez des informations qui permettent de vous identifier, et aussi des informations qui permettent d’identifier un enfant victime de maltraitance ou qui risque de l’être, ou des informations qui laissent penser qu’une autre personne risque de subir un préjudice, la ligne d’écoute les transmet aux services compétents. Les informations sur toute infraction pénale sont aussi transmises.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Aide en autonomie, informations et soutien, gratuits et anonymes, pour arrêter de regarder des images sexuelles d’enfants ou d’avoir des conversations sexuelles avec des enfants.',
    },
    'stop-it-now-uk-child-behaviour': {
      about:
        'Pour les parents et les personnes qui s’occupent d’enfants, quand le comportement sexuel d’un enfant ou d’un jeune les inquiète.',
    },
    'stop-it-now-uk-faq': {
      about: 'Les réponses aux questions que l’on pose souvent.',
    },
    childline: {
      youngFull: 'Si vous avez moins de 19 ans, vous pouvez parler à {name} : {number}, à tout moment, ou utiliser le chat individuel (1-2-1 chat).',
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
    },
    'emergency-999': {
      about: 'en cas d’urgence',
    },
    'emergency-112-ie': {
      about: 'en cas d’urgence',
    },
    iwf: {
      about: 'Signaler des images sexuelles d’enfants. Il suffit de donner l’adresse web.',
    },
    ceop: {
      about:
        'Signaler des violences sexuelles en ligne ou du pédopiégeage (grooming) visant une personne de moins de 18 ans.',
    },
    'hotline-ie': {
      about:
        'Le centre national irlandais pour signaler des images sexuelles d’enfants, de façon sûre et confidentielle. Il travaille avec An Garda Síochána.',
    },
    'stop-it-now-us': {
      about:
        'Une ligne d’écoute gratuite (toll-free) et confidentielle. Vous pouvez appeler, envoyer un e-mail ou discuter par chat.',
    },
    'lifeline-988': {
      about: 'La 988 Suicide & Crisis Lifeline : appelez le 988 ou envoyez un SMS au 988.',
    },
    ncmec: {
      about: 'Signaler des images sexuelles d’enfants, en ligne ou par téléphone.',
    },
    'emergency-911': {
      about: 'en cas d’urgence',
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
    'lifeline-au': {
      about: 'Un soutien en cas de crise, 24 heures sur 24. Vous pouvez aussi envoyer un SMS.',
    },
    'emergency-000': {
      about: 'en cas d’urgence',
    },
    telefonseelsorge: {
      about:
        'Une ligne d’aide en cas de crise, gratuite et anonyme, 24 heures sur 24. Le numéro n’apparaît pas sur votre facture de téléphone. Aussi par chat et par e-mail.',
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
    'find-a-helpline': {
      about:
        'Des lignes d’aide en cas de crise, gratuites et confidentielles, dans environ 130 pays, chacune vérifiée selon les critères de Find A Helpline.',
    },
    'stop-it-now-au': {
      passesOnFull:
        'La ligne d’écoute est anonyme, et elle a seulement les informations que vous choisissez de partager. Stop It Now! Australia respecte toutes les obligations légales de signalement : si la ligne d’écoute a des motifs raisonnables de croire qu’une infraction a eu lieu, ou qu’un enfant risque de subir un préjudice important, y compris pour toute infraction en ligne, elle le signale aux autorités compétentes, notamment la police, la protection de l’enfance, ou les deux.',
    },
    'stop-it-now-nl': {
      about:
        'Une ligne d’écoute gratuite et anonyme pour les personnes inquiètes de leurs propres sentiments sexuels ou de leur comportement sexuel envers des personnes de moins de 18 ans, pour leurs proches, comme leur partenaire et leur famille, et pour les professionnels. Elle est gérée par Offlimits.',
    },
    'zelfmoordpreventie-113': {
      about: 'Prévention du suicide. Vous pouvez appeler, ou discuter par chat sur son site web, de façon anonyme.',
    },
    'emergency-112-nl': {
      about: 'en cas d’urgence',
    },
    'veilig-thuis': {
      about: 'Pour toute personne qui s’inquiète de la sécurité d’un enfant à la maison.',
    },
    kindertelefoon: {
      youngFull: 'Si vous avez entre 8 et 18 ans, vous pouvez appeler {name} au {number}. C’est gratuit et anonyme.',
    },
    'meldpunt-kinderporno': {
      about:
        'Le service d’Offlimits pour signaler des images sexuelles d’enfants. Il peut examiner seulement les images publiques en ligne qui ont une adresse web. Les signalements sont traités de façon confidentielle.',
    },
    'stop-it-now-bruxelles': {
      whenYouCall:
        'Si vous préférez écrire, vous pouvez discuter par chat le lundi de 14 h à 16 h (heure de Belgique) sur Facebook, Messenger, Instagram ou LinkedIn, ou envoyer un e-mail à contact@stopitnow.brussels, sous un pseudonyme si vous le souhaitez. Dans le chat, la ligne d’écoute voit seulement ce que vous avez enregistré sur la plateforme choisie. La plateforme elle-même voit ce que vous y enregistrez.',
      passesOnFull:
        'Les personnes qui répondent sont tenues au secret professionnel. Elles peuvent prévenir les autorités seulement si une personne de moins de 18 ans, ou une autre personne vulnérable, est en danger imminent.',
    },
    'zelfmoordlijn-1813': {
      about:
        'La ligne de prévention du suicide en Flandre. Les appels sont anonymes. Vous pouvez aussi discuter par chat ou envoyer un e-mail sur son site web.',
    },
    'centre-prevention-suicide': {
      about: 'Une ligne de crise : quelqu’un vous écoute, dans l’anonymat.',
    },
    'emergency-112-be': {
      about: 'en cas d’urgence, gratuit',
    },
    'child-focus': {
      about: 'Signaler des images sexuelles d’enfants à Child Focus. Son personnel est tenu au secret professionnel.',
    },
    'stop-fr': {
      whenYouCall:
        'STOP (Service Téléphonique d’Orientation et de Prévention), géré par la FFCRIAVS, s’adresse aux personnes attirées sexuellement par des enfants, pour les aider à accéder à des soins avant un passage à l’acte. Après un message d’accueil, vous tapez le numéro de votre département de résidence (ou de naissance). Votre appel est transmis à un professionnel de ce département (psychologue, psychiatre, infirmier ou infirmière), qui évalue vos besoins et vous oriente vers une prise en charge adaptée. Cette prise en charge est régie par les lois sur le secret professionnel.',
    },
    'suicide-3114': {
      about:
        'Le numéro national de prévention du suicide. Les appels sont confidentiels. Pour toute personne en détresse, toute personne qui s’inquiète pour quelqu’un, toute personne en deuil, et pour les professionnels.',
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
    'stop-nz': {
      about:
        'Pour l’île du Sud (Te Waipounamu) : évaluation et intervention spécialisées et gratuites pour les personnes qui ont eu un comportement sexuel qui fait du mal. Contactez-les pour une conversation confidentielle.',
    },
    'safe-network': {
      about: 'Pour le nord de l’île du Nord.',
    },
    wellstop: {
      about: 'Pour le sud de l’île du Nord.',
    },
    'need-to-talk-1737': {
      about: 'Appel ou SMS gratuit depuis n’importe quel téléphone fixe ou mobile.',
    },
    'emergency-111': {
      about: 'si vous, ou une personne que vous connaissez, êtes en danger immédiat',
    },
    'dia-nz': {
      about:
        'Le formulaire du Department of Internal Affairs pour signaler des contenus d’exploitation sexuelle d’enfants en ligne. Vous n’avez pas à donner d’adresse e-mail. Si vous tombez par hasard sur de tels contenus, quittez le site immédiatement.',
    },
    'kids-helpline': {
      youngFull:
        'Si vous avez entre 5 et 25 ans, vous pouvez parler à {name} : {number}, à tout moment. Les appels sont gratuits, privés et confidentiels, sauf s’il existe un devoir de protection (duty of care) : par exemple, si un enfant subit des violences ou de la négligence, si quelqu’un pense à se faire du mal, ou si quelqu’un a fait du mal ou pourrait faire du mal à une autre personne.',
    },
    'nummer-gegen-kummer': {
      youngFull:
        'Les enfants et les jeunes peuvent joindre {name} au {number}, gratuitement et de façon anonyme. Vous pouvez aussi discuter par chat ou envoyer un e-mail sur son site web.',
    },
  },
} satisfies GuideMessages;
