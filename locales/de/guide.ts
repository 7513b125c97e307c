/** Deutsch: the full guide's sentences, typed by the English keys. Formal „Sie“ throughout. */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Signpost ist unabhängig. Es wurde weder von Stop It Now! noch von der Lucy Faithfull Foundation entwickelt oder befürwortet.',
  'guide.heading': 'Vertrauliche Hilfe: der ausführliche Ratgeber',
  'guide.intro':
    'Für alle, die sich Sorgen wegen ihrer eigenen sexuellen Gedanken oder ihres sexuellen Verhaltens gegenüber Kindern machen, für die Menschen in ihrem Umfeld und für Fachleute. Nehmen Sie sich Zeit. Sie können die Seite jederzeit verlassen: Nutzen Sie „Diese Seite verlassen“ oder drücken Sie dreimal die Umschalttaste (Shift).',
  'guide.skip': 'Zum Hauptinhalt springen',
  'guide.exit': 'Diese Seite verlassen',
  'guide.contents': 'Inhalt',
  'guide.settings': 'Land und Sprache',
  'section.self': 'Sorgen wegen Ihrer eigenen sexuellen Gedanken oder Ihres sexuellen Verhaltens',
  'section.family': 'Sorgen um eine andere Person',
  'section.young':
    'Sorgen wegen des sexuellen Verhaltens eines Kindes oder Sie sind jung und machen sich Sorgen um sich selbst',
  'section.professionals': 'Für Beraterinnen, Berater und andere Fachleute',
  'section.crisis': 'In einer Krise oder ein Kind ist jetzt in Gefahr',
  'section.report': 'Missbrauchsabbildungen (sexuelle Bilder von Kindern) melden',
  'section.privacy': 'Über Signpost und Ihre Privatsphäre',
  'self.intro': 'Sich an jemanden zu wenden, ist ein starker erster Schritt.',
  'self.talk': 'Sie können vertraulich mit jemandem über das sprechen, was Ihnen Sorgen macht, ohne Ihren Namen zu nennen.',
  'self.talkPlain': 'Sie können mit jemandem über das sprechen, was Ihnen Sorgen macht.',
  'self.callHeading': 'Was bei einem Anruf passiert',
  'self.confidentialHeading': 'Was vertraulich bleibt und was weitergegeben wird',
  'self.confidentialUnknown':
    'Fragen Sie beim jeweiligen Angebot nach, was dort vertraulich bleibt, bevor Sie Angaben zu Ihrer Person machen.',
  'self.regionalHeading': 'Fachstellen in den einzelnen Landesteilen',
  'self.regionalService': '{name}: {number}. {about}',
  'self.selfHelpHeading': 'Kostenlose, anonyme Selbsthilfe online',
  'self.noHelpline':
    'Signpost kennt kein Hilfetelefon dort, wo Sie sind. Die Online-Programme unten stehen allen offen.',
  'family.intro':
    'Wenn Sie sich Sorgen um Ihre Partnerin oder Ihren Partner, um Angehörige oder um jemanden aus Ihrem Freundeskreis machen oder wenn ein Mensch, der Ihnen nahesteht, festgenommen wurde, können auch Sie Hilfe bekommen. Was diese Person getan hat, ist nicht Ihre Schuld.',
  'family.helpline': 'Das Hilfetelefon {name} ist auch für Familie und Freundeskreis da.',
  'family.page': 'Rat für Familie und Freundeskreis',
  'family.inform':
    'Wenn Sie sich an das Hilfetelefon gewandt haben, kann man Ihnen dort Inform anbieten: ein Programm für Partnerinnen und Partner, Angehörige und Freunde einer Person, die wegen Straftaten im Internet festgenommen, verwarnt oder verurteilt wurde.',
  'family.childHeading': 'Sorgen um ein Kind?',
  'family.yourselfHeading': 'Auf sich selbst achten',
  'family.yourself': 'Das kann eine schwere Last sein. Wenn es Ihnen zu viel wird, sprechen Sie mit jemandem.',
  'family.none': 'Signpost kennt dort, wo Sie sind, kein Angebot für Familie und Freundeskreis.',
  'young.intro':
    'Kinder und Jugendliche können ein sexuelles Verhalten zeigen, das schädlich ist. Mit der richtigen Hilfe kann es aufhören. Wenn Sie jung sind und sich Sorgen wegen Ihrer eigenen Gedanken oder Ihres Verhaltens machen, können auch Sie mit jemandem sprechen.',
  'young.parents': 'Rat für Eltern und Betreuungspersonen',
  'young.none':
    'Signpost kennt dort, wo Sie sind, kein Angebot für junge Menschen. Wenn jemand jetzt in Gefahr ist, rufen Sie die örtliche Notrufnummer an.',
  'young.noneDanger':
    'Signpost kennt dort, wo Sie sind, kein Angebot für junge Menschen. Wenn ein Kind oder eine jugendliche Person jetzt in Gefahr ist, rufen Sie die {number} an.',
  'professionals.doesHeading': 'Was Signpost tut und was nicht',
  'professionals.does':
    'Mit Signpost ist vertrauliche Hilfe nur einen Klick entfernt: das Hilfetelefon, seine Zeiten, was es vertraulich behandelt, und ein Krisentelefon.',
  'professionals.languages': 'Sie können es in jeder dieser Sprachen lesen: {languages}.',
  'professionals.doesNot':
    'Signpost überwacht, sperrt und meldet nichts. Es speichert nichts und sendet nichts. Es ist keine Behandlung und ersetzt auch keine.',
  'professionals.recommendHeading': 'So können Sie es empfehlen',
  'professionals.recommend':
    'Schlagen Sie vor, dass die Person Signpost selbst aus dem Add-on-Store ihres Browsers installiert, auf einem Gerät, das sie nutzt. Oder geben Sie ihr die Karte unten, ausgedruckt oder als Nachricht.',
  'professionals.caseAdvice': 'Das Hilfetelefon {name} nimmt auch Anrufe von Fachleuten an, die Rat zu einem Fall suchen.',
  'card.heading': 'Eine Karte zum Weitergeben',
  'card.intro': 'Die Karte zeigt die Hilfe für das Land und die Sprache, die Sie oben gewählt haben.',
  'card.print': 'Karte drucken',
  'card.copy': 'Diese Angaben kopieren',
  'card.copied': 'Angaben kopiert. Sie können sie in eine Nachricht einfügen.',
  'card.copyFailed':
    'Das Kopieren hat nicht funktioniert. Die Angaben sind markiert: Drücken Sie Strg+C oder Cmd+C, um sie zu kopieren.',
  'card.title': 'Vertrauliche Hilfe',
  'card.helpline': 'Hilfetelefon {name}: {number}',
  'card.number': '{number}: {cost}',
  'card.link': '{label}: {url}',
  'card.website': 'Website',
  'card.selfHelp': 'Kostenlose, anonyme Selbsthilfe',
  'card.qr': 'Scannen, um {url} zu öffnen',
  'card.qrLabel': 'QR-Code für {url}',
  'crisis.danger': 'Wenn ein Kind jetzt in Gefahr ist, rufen Sie die {number} an.',
  'crisis.dangerElsewhere': 'Wenn ein Kind jetzt in Gefahr ist, rufen Sie die örtliche Notrufnummer an.',
  'crisis.emergencyNumber': '{number}: {about}.',
  'crisis.suicide':
    'Wenn Sie Suizidgedanken haben: Sie sind nicht allein, und Sie haben Unterstützung verdient. Bitte sprechen Sie jetzt mit jemandem.',
  'crisis.investigation':
    'Wenn Sie festgenommen wurden oder gegen Sie ermittelt wird und Sie das Gefühl haben, nicht mehr weiterzukönnen, sprechen Sie bitte jetzt mit jemandem. Vielen Menschen in dieser Lage geht es so, und es gibt Hilfe.',
  'crisis.informPlus':
    'Stop It Now! bietet auch Kurse für Menschen an, die wegen Straftaten im Internet festgenommen oder verurteilt wurden (Inform Plus): Fragen Sie beim Hilfetelefon nach.',
  'crisis.advice':
    'Stop It Now! empfiehlt Menschen in einer Krise, sich an ihre Hausarztpraxis, an das örtliche NHS-Telefon für akute psychische Krisen oder an Samaritans zu wenden.',
  'report.intro': 'Wenn Sie ein Bild melden, kann das verhindern, dass es wieder angesehen wird.',
  'report.warning':
    'Laden Sie ein Bild niemals herunter, machen Sie keinen Screenshot, speichern oder verschicken Sie es nicht, auch nicht, um es zu melden: Das kann selbst eine Straftat sein. Melden Sie nur die Internetadresse.',
  'report.anonymous': 'Sie können anonym melden.',
  'report.notAnonymous': 'Diese Meldung ist nicht anonym.',
  'report.link': 'Melden bei: {name}',
  'report.none': 'Signpost kennt dort, wo Sie sind, keine Meldestelle.',
  'privacy.permissionsHeading': 'Berechtigungen',
  'privacy.permissionsNone': 'Keine. Ihr Browser gibt an, dass Signpost keine Berechtigungen hat.',
  'privacy.permissionsSome': 'Ihr Browser gibt an, dass Signpost diese Berechtigungen hat:',
  'privacy.background':
    'Signpost hat keinen Hintergrundprozess. Es läuft nur, solange diese Seite oder sein Pop-up geöffnet ist, und es fügt nichts in die Websites ein, die Sie besuchen.',
  'privacy.connections':
    'Die eigene Sicherheitsrichtlinie von Signpost blockiert jede Verbindung: Seine Seiten können nichts irgendwohin senden.',
  'privacy.lookups':
    'Seine Seiten bitten Ihren Browser außerdem, die Adressen verlinkter Websites nicht vorab abzufragen, bevor Sie eine davon auswählen, und einer Website nicht mitzuteilen, dass Sie von Signpost kommen.',
  'privacy.storage':
    'Signpost speichert nichts: keine Einstellungen, keine Cookies und keine eigenen Daten. Das Land und die Sprache, die Sie wählen, bleiben nur in dieser Seite, solange sie geöffnet ist, und sind weg, wenn Sie sie schließen.',
  'privacy.historyHeading': 'Dieser Ratgeber im Verlauf Ihres Browsers',
  'privacy.history':
    'Jedes Mal, wenn Sie diesen Ratgeber öffnen, führen Chrome und Edge ihn in ihrem Verlauf als „Signpost“ auf. Seine Adresse zeigt dort das Land und die Sprache, in denen er geöffnet wurde, aber nichts von dem, was Sie darin auswählen. Firefox führt ihn nicht auf. Das Pop-up erscheint nie im Verlauf.',
  'privacy.historyRemove':
    'Um ihn zu entfernen, öffnen Sie Ihren Verlauf (Strg+H in Chrome oder Edge, Cmd+Y auf dem Mac), suchen Sie „Signpost“ und löschen Sie den Eintrag.',
  'privacy.closedTabs':
    'Nachdem Sie diesen Ratgeber geschlossen haben, auch mit „Diese Seite verlassen“, kann er über die Liste der kürzlich geschlossenen Tabs im Browser wieder geöffnet werden. Für diese Liste speichert der Browser seine Adresse (sie zeigt das Land und die Sprache, in denen er geöffnet wurde) und wie weit Sie nach unten gescrollt hatten, aber keine der Auswahlen, die Sie darin getroffen haben. Wenn Sie Ihren Browserverlauf löschen, wird diese Liste geleert: Drücken Sie Strg+Umschalt+Entf (Cmd+Shift+Delete auf dem Mac) und wählen Sie den Browserverlauf aus.',
  'privacy.clipboard':
    'Wenn Sie eine Nummer oder die Karte kopieren, bleibt sie in der Zwischenablage Ihres Geräts (und in deren Verlauf, falls dieser eingeschaltet ist), bis Sie etwas anderes kopieren.',
  'privacy.shortcutHeading': 'Signpost mit der Tastatur öffnen',
  'privacy.shortcut': 'Drücken Sie {keys}, um das Pop-up von Signpost zu öffnen.',
  'privacy.shortcutNone': 'Für Signpost ist keine Tastenkombination festgelegt.',
  'privacy.shortcutChange':
    'So legen Sie die Tastenkombination fest oder ändern sie: in Chrome unter chrome://extensions/shortcuts, in Edge unter edge://extensions/shortcuts; in Firefox unter about:addons: Wählen Sie dort das Zahnrad-Symbol und dann „Tastenkombinationen für Erweiterungen verwalten“.',
  'privacy.links': 'Links führen zu Websites anderer Organisationen, die eigene Datenschutzerklärungen haben.',
  'privacy.version': 'Signpost, Version {version}.',
  'hours.range': '{days}, {times} ({zone})',
  'hours.dayRange': '{from} bis {to}',
  'hours.dayPair': '{from} und {to}',
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    'stop-it-now-uk': {
      whenYouCall:
        'Sie müssen weder Ihren Namen noch andere Angaben nennen, durch die man Sie identifizieren kann. Sie können darüber sprechen, was Ihnen Sorgen macht und was Sie als Nächstes tun könnten. Wenn Ihnen ein Gespräch zu viel ist, starten Sie stattdessen auf der Seite des Hilfetelefons einen Live-Chat oder schicken Sie eine sichere Nachricht.',
      about:
        'Ein vertrauliches Hilfetelefon für alle, die sich Sorgen wegen ihrer eigenen sexuellen Gedanken oder ihres sexuellen Verhaltens gegenüber Kindern machen, für Familie und Freundeskreis und für Fachleute.',
      passesOnFull:
        'Sie müssen weder Ihren Namen noch andere Angaben nennen, durch die man Sie identifizieren kann. Wenn Sie Angaben machen, durch die man Sie identifizieren kann, und außerdem Informationen geben, durch die man ein Kind identifizieren kann, das missbraucht wurde oder dem Missbrauch droht, oder die darauf hindeuten, dass einer anderen Person Schaden droht, gibt das Hilfetelefon dies an die zuständigen Stellen weiter. Angaben zu Straftaten werden ebenfalls weitergegeben.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Kostenlose, anonyme Selbsthilfe, Informationen und Unterstützung, um damit aufzuhören, Missbrauchsabbildungen anzusehen oder sexuelle Gespräche mit Kindern zu führen.',
    },
    'stop-it-now-uk-child-behaviour': {
      about:
        'Für Eltern und Betreuungspersonen, die sich Sorgen wegen des sexuellen Verhaltens eines Kindes oder Jugendlichen machen.',
    },
    'stop-it-now-uk-faq': {
      about: 'Antworten auf häufig gestellte Fragen.',
    },
    childline: {
      youngFull: 'Wenn Sie unter 19 sind, können Sie mit {name} sprechen: {number}, jederzeit, oder im 1-2-1-Chat.',
    },
    nspcc: {
      about:
        'Für Erwachsene, die sich Sorgen um ein Kind machen. Rufen Sie zu den unten genannten Zeiten an, oder melden Sie sich jederzeit online oder per E-Mail.',
      confidentiality:
        'Sie müssen nicht sagen, wer Sie sind. Wenn die NSPCC meint, dass ein Kind gefährdet sein könnte, ist sie verpflichtet, das, was Sie ihr erzählen, an andere Stellen weiterzugeben.',
    },
    samaritans: {
      about:
        'Jemand, mit dem Sie sprechen können, kostenlos und jederzeit, im Vereinigten Königreich und in Irland.',
      confidentiality:
        'Sie müssen Ihren Namen nicht nennen, und Samaritans gibt weder das, was Sie sagen, noch Ihre Angaben weiter, mit einigen Ausnahmen: Wenn Sie zum Beispiel Informationen geben, durch die man ein Kind oder eine gefährdete erwachsene Person identifizieren kann, und dieser Mensch Missbrauch oder Schaden erleidet, kann sich Samaritans nach einem Gespräch mit Ihnen an andere Stellen wenden.',
    },
    'emergency-999': {
      about: 'im Notfall',
    },
    'emergency-112-ie': {
      about: 'im Notfall',
    },
    iwf: {
      about: 'Missbrauchsabbildungen melden. Sie müssen nur die Internetadresse angeben.',
    },
    ceop: {
      about: 'Sexuellen Missbrauch im Internet oder Grooming einer Person unter 18 melden.',
    },
    'hotline-ie': {
      about:
        'Die nationale Stelle Irlands, um Missbrauchsabbildungen sicher und vertraulich zu melden. Sie arbeitet mit An Garda Síochána zusammen.',
    },
    'stop-it-now-us': {
      about:
        'Ein gebührenfreies, vertrauliches Hilfetelefon. Sie können anrufen, eine E-Mail schreiben oder chatten.',
    },
    'lifeline-988': {
      about:
        'Die 988 Suicide & Crisis Lifeline: Rufen Sie die 988 an oder schreiben Sie eine SMS an die 988.',
    },
    ncmec: {
      about: 'Missbrauchsabbildungen melden, online oder per Telefon.',
    },
    'emergency-911': {
      about: 'im Notfall',
    },
    esafety: {
      about: 'Illegale Inhalte im Internet melden, auch Missbrauchsabbildungen.',
    },
    'crime-stoppers-au': {
      about: 'Eine Straftat telefonisch melden, ohne Ihren Namen zu nennen.',
    },
    accce: {
      about:
        'Sexuelle Ausbeutung von Kindern im Internet oder Grooming melden, wenn Sie in Australien sind. Die Meldung geht an die Australian Federal Police.',
    },
    'lifeline-au': {
      about: 'Unterstützung in Krisen, 24 Stunden am Tag. Sie können auch eine SMS schreiben.',
    },
    'emergency-000': {
      about: 'im Notfall',
    },
    telefonseelsorge: {
      about:
        'Ein kostenloses, anonymes Krisentelefon, 24 Stunden am Tag. Die Nummer erscheint nicht auf Ihrer Telefonrechnung. Auch per Chat und E-Mail.',
    },
    'emergency-112-de': {
      about: 'Feuerwehr oder Rettungsdienst, kostenlos',
    },
    'police-110-de': {
      about: 'Polizei, wenn ein Kind jetzt in Gefahr ist, kostenlos',
    },
    'internet-beschwerdestelle': {
      about:
        'Die Internet-Beschwerdestelle von eco und FSM. Um Missbrauchsabbildungen zu melden, müssen Sie nur angeben, wo Sie sie gefunden haben: keinen Namen und keine E-Mail-Adresse.',
    },
    'find-a-helpline': {
      about:
        'Kostenlose, vertrauliche Krisentelefone in etwa 130 Ländern, jedes nach den Kriterien von Find A Helpline geprüft.',
    },
    'stop-it-now-au': {
      passesOnFull:
        'Das Hilfetelefon ist anonym und hat nur die Informationen, die Sie selbst mitteilen möchten. Stop It Now! Australia hält sich an alle gesetzlichen Meldepflichten: Wenn das Hilfetelefon begründet davon ausgeht, dass eine Straftat geschehen ist oder dass einem Kind erheblicher Schaden droht, einschließlich jeder Straftat im Internet, meldet es dies den zuständigen Behörden, darunter der Polizei, den Kinderschutzbehörden oder beiden.',
    },
    'stop-it-now-nl': {
      about:
        'Ein kostenloses, anonymes Hilfetelefon für Menschen, die sich Sorgen wegen ihrer eigenen sexuellen Gefühle oder ihres sexuellen Verhaltens gegenüber Minderjährigen machen, für Menschen in ihrem Umfeld, etwa Partnerinnen, Partner und Familie, und für Fachleute. Träger ist Offlimits.',
    },
    'zelfmoordpreventie-113': {
      about: 'Suizidprävention. Sie können anonym anrufen oder auf der Website anonym chatten.',
    },
    'emergency-112-nl': {
      about: 'im Notfall',
    },
    'veilig-thuis': {
      about: 'Für alle, die sich Sorgen um die Sicherheit eines Kindes zu Hause machen.',
    },
    kindertelefoon: {
      youngFull:
        'Wenn Sie zwischen 8 und 18 Jahre alt sind, können Sie {name} unter {number} anrufen, kostenlos und anonym.',
    },
    'meldpunt-kinderporno': {
      about:
        'Die Meldestelle von Offlimits für Missbrauchsabbildungen. Sie kann nur Bilder prüfen, die öffentlich im Internet stehen und eine Internetadresse haben. Meldungen werden vertraulich behandelt.',
    },
    'stop-it-now-bruxelles': {
      whenYouCall:
        'Wenn Sie lieber schreiben, können Sie montags von 14 bis 16 Uhr (belgische Zeit) über Facebook, Messenger, Instagram oder LinkedIn chatten oder eine E-Mail an contact@stopitnow.brussels schicken, gern unter einem Fantasienamen. Im Chat sieht das Hilfetelefon nur, was Sie selbst auf der gewählten Plattform gespeichert haben. Die Plattform selbst sieht, was Sie dort speichern.',
      passesOnFull:
        'Die Beraterinnen und Berater unterliegen der beruflichen Schweigepflicht. Das Hilfetelefon kann die Behörden nur dann informieren, wenn eine Person unter 18 oder eine andere schutzbedürftige Person in unmittelbarer Gefahr ist.',
    },
    'zelfmoordlijn-1813': {
      about:
        'Die Suizidpräventions-Hotline in Flandern. Anrufe sind anonym. Auf der Website können Sie auch chatten oder eine E-Mail schreiben.',
    },
    'centre-prevention-suicide': {
      about: 'Ein Krisentelefon: Jemand hört Ihnen zu, anonym.',
    },
    'emergency-112-be': {
      about: 'im Notfall, kostenlos',
    },
    'child-focus': {
      about:
        'Missbrauchsabbildungen an Child Focus melden. Die Mitarbeitenden unterliegen der beruflichen Schweigepflicht.',
    },
    'stop-fr': {
      whenYouCall:
        'STOP, getragen von der FFCRIAVS, ist für Menschen da, die sich sexuell zu Kindern hingezogen fühlen, damit sie Hilfe finden, bevor es zu einer Tat kommt. Nach einer Begrüßungsansage geben Sie über die Tastatur die Nummer Ihres Départements ein (in dem Sie wohnen oder in dem Sie geboren sind). Dann werden Sie mit einer Fachkraft dort verbunden (Psychologin oder Psychologe, Psychiaterin oder Psychiater, Pflegefachkraft), die mit Ihnen klärt, was Sie brauchen, und Sie an eine passende Behandlung vermittelt. Für diese Behandlung gilt die berufliche Schweigepflicht.',
    },
    'suicide-3114': {
      about:
        'Die nationale Suizidpräventions-Hotline. Gespräche sind vertraulich. Für Menschen in seelischer Not, für Menschen, die sich um jemanden sorgen, für Trauernde und für Fachleute.',
    },
    'emergency-112-fr': {
      about: 'im Notfall',
    },
    pharos: {
      about:
        'Die Meldestelle von Polizei und Gendarmerie für illegale Inhalte im Internet, auch für Missbrauchsabbildungen. Sie ist kostenlos und rund um die Uhr besetzt.',
    },
    'point-de-contact': {
      about:
        'Illegale Inhalte im Internet melden, über das Formular, eine Browser-Erweiterung oder eine App. Point de Contact wirkt darauf hin, dass die Anbieter offensichtlich illegale Inhalte entfernen, und informiert die zuständigen Behörden.',
    },
    'stop-nz': {
      about:
        'Für die Südinsel (Te Waipounamu): kostenlose fachliche Einschätzung und Intervention für Menschen, die sexuell schädigendes Verhalten gezeigt haben. Sie können sich für ein vertrauliches Gespräch melden.',
    },
    'safe-network': {
      about: 'Für den oberen Teil der Nordinsel.',
    },
    wellstop: {
      about: 'Für den unteren Teil der Nordinsel.',
    },
    'need-to-talk-1737': {
      about: 'Anrufe und SMS sind kostenlos, aus jedem Festnetz und von jedem Handy.',
    },
    'emergency-111': {
      about: 'wenn Sie oder jemand, den Sie kennen, in unmittelbarer Gefahr sind',
    },
    'dia-nz': {
      about:
        'Das Meldeformular des Department of Internal Affairs für Darstellungen sexueller Ausbeutung von Kindern im Internet. Sie müssen keine E-Mail-Adresse angeben. Wenn Sie versehentlich auf solches Material stoßen, verlassen Sie die Website sofort.',
    },
    'kids-helpline': {
      youngFull:
        'Wenn Sie zwischen 5 und 25 Jahre alt sind, können Sie mit {name} sprechen: {number}, jederzeit. Anrufe sind kostenlos, privat und vertraulich, außer wenn eine Fürsorgepflicht greift: etwa wenn ein Kind verletzt oder vernachlässigt wird, wenn jemand daran denkt, sich selbst zu verletzen, oder wenn jemand einer anderen Person geschadet hat oder schaden könnte.',
    },
    'nummer-gegen-kummer': {
      youngFull:
        'Kinder und Jugendliche erreichen das Kinder- und Jugendtelefon der {name} unter {number}, anonym und kostenlos. Auf der Website gibt es auch einen Chat und Beratung per E-Mail.',
    },
  },
} satisfies GuideMessages;
