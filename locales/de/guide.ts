/** Deutsch: the full guide's sentences, typed by the English keys. Formal „Sie“ throughout. */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Signpost ist unabhängig. Es wurde weder von Stop It Now! noch von der Lucy Faithfull Foundation entwickelt oder befürwortet.',
  'guide.heading': 'Hilfe finden: der ausführliche Ratgeber',
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
  'self.intro': 'Missbrauchsabbildungen zeigen echte Kinder, denen jedes Mal erneut geschadet wird, wenn ein Bild angesehen wird. Die Bilder sind illegal, aber Menschen schaffen es aufzuhören, und es gibt Hilfe für Sie.',
  'self.talk': 'Sie können vertraulich mit jemandem über das sprechen, was Ihnen Sorgen macht, ohne Ihren Namen zu nennen.',
  'self.talkPlain': 'Sie können mit jemandem über das sprechen, was Ihnen Sorgen macht.',
  'self.callHeading': 'Was bei einem Anruf passiert',
  'self.confidentialHeading': 'Was vertraulich bleibt und was weitergegeben wird',
  'self.confidentialUnknown':
    'Fragen Sie beim jeweiligen Angebot nach, was dort vertraulich bleibt, bevor Sie Angaben zu Ihrer Person machen.',
  'self.regionalHeading': 'Fachstellen in den einzelnen Landesteilen',
  'self.regionalService': '{name}: {number}. {about}',
  'self.treatmentHeading': 'Behandlung und Beratung dort, wo Sie sind',
  'self.selfHelpHeading': 'Kostenlose, anonyme Selbsthilfe online',
  'self.noHelpline':
    'Signpost kennt kein Hilfetelefon dort, wo Sie sind. Die Online-Programme unten sind nicht auf ein Land beschränkt.',
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
    'Mit Signpost ist Hilfe nur einen Klick entfernt: ein Hilfetelefon, wo Signpost eines kennt, und ein Krisentelefon oder ein Hinweis, wo man eines findet. Wo ein Hilfetelefon seine Zeiten nennt oder sagt, was es vertraulich behandelt, zeigt Signpost auch das.',
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
  'card.title': 'Wo Sie Hilfe finden',
  'card.helpline': 'Hilfetelefon {name}: {number}',
  'card.number': '{number}: {cost}',
  'card.link': '{label}: {url}',
  'card.website': 'Website',
  'card.selfHelp': 'Kostenlose, anonyme Selbsthilfe',
  'card.qr': 'Scannen, um {url} zu öffnen',
  'card.qrLabel': 'QR-Code für {url}',
  'crisis.danger': 'Wenn ein Kind jetzt in Gefahr ist, rufen Sie die {number} an.',
  'crisis.dangerOr': 'Wenn ein Kind jetzt in Gefahr ist, rufen Sie die {number} an (oder die {otherNumber}).',
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
  'report.intro': 'Wenn Sie im Internet auf Missbrauchsabbildungen stoßen, können Sie melden, wo Sie sie gefunden haben.',
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
    'Die eigene Sicherheitsrichtlinie von Signpost verhindert, dass seine Seiten etwas aus dem Internet laden oder etwas dorthin senden. Die Richtlinie gilt nicht für die Links, die Sie auswählen und die ihre Website in einem neuen Tab öffnen, und nicht für alles, was der Browser für eine Seite tut, etwa sich vorab mit einer Website zu verbinden, auf die die Seite verweist. Die Seiten von Signpost fordern keine solche Verbindung an und binden keine andere Website ein.',
  'privacy.lookups':
    'Seine Seiten bitten Ihren Browser außerdem, die Adressen verlinkter Websites nicht vorab abzufragen, bevor Sie eine davon auswählen, und einer Website nicht mitzuteilen, dass Sie von Signpost kommen.',
  'privacy.storage':
    'Signpost speichert nichts: keine Einstellungen, keine Cookies und keine eigenen Daten. Das Land und die Sprache, die Sie wählen, bleiben nur in dieser Seite, solange sie geöffnet ist, und sind weg, wenn Sie sie schließen.',
  'privacy.historyHeading': 'Dieser Ratgeber im Verlauf Ihres Browsers',
  'privacy.history':
    'Jedes Mal, wenn Sie diesen Ratgeber in einem normalen Fenster öffnen, führen Chrome und Edge ihn in ihrem Verlauf als „Signpost“ auf, unter seiner eigenen Adresse, ohne Land oder Sprache darin. Firefox führt ihn nicht auf. Das Pop-up erscheint nie im Verlauf.',
  'privacy.historyRemove':
    'Um ihn zu entfernen, öffnen Sie Ihren Verlauf (Strg+H in Chrome oder Edge, Cmd+Y auf dem Mac), suchen Sie „Signpost“ und löschen Sie den Eintrag.',
  'privacy.closedTabs':
    'Nachdem Sie diesen Ratgeber geschlossen haben, auch mit „Diese Seite verlassen“, kann er über die Liste der kürzlich geschlossenen Tabs im Browser wieder geöffnet werden. Für diese Liste speichert der Browser seine Adresse, wie weit Sie nach unten gescrollt hatten und jede Hilfe-Website, die Sie von dort aus geöffnet haben, aber keine der Auswahlen, die Sie darin getroffen haben. Wenn Sie Ihren Browserverlauf löschen, wird diese Liste geleert: Drücken Sie Strg+Umschalt+Entf (Cmd+Shift+Delete auf dem Mac) und wählen Sie den Browserverlauf aus.',
  'privacy.clipboard':
    'Wenn Sie eine Nummer oder die Karte kopieren, bleibt sie in der Zwischenablage Ihres Geräts (und in deren Verlauf, falls dieser eingeschaltet ist), bis Sie etwas anderes kopieren.',
  'privacy.keptHeading': 'Was Ihr Browser speichert',
  'privacy.keptIntro':
    'Ihr Browser führt eigene Aufzeichnungen über die Seiten, die Sie öffnen, auch über die von Signpost. Neben dem Verlauf und den kürzlich geschlossenen Tabs:',
  'privacy.keptSites':
    'er speichert eine Hilfe-Website, die Sie öffnen, wie jede Website im Verlauf, und Chrome und Edge vermerken, dass Sie sie von Signpost aus geöffnet haben: Wenn Sie Ihren Browserverlauf löschen, wird beides entfernt',
  'privacy.keptTile':
    'wenn Sie diesen Ratgeber öffnen, indem Sie seine Adresse eingeben, können Chrome und Edge auf der Seite „Neuer Tab“ eine Kachel „Signpost“ zeigen: Entfernen Sie die Kachel oder löschen Sie Ihren Browserverlauf',
  'privacy.keptCache':
    'Chrome und Edge speichern eine Kopie jedes Signpost-Skripts, das ausgeführt wurde, mit dem Zeitpunkt, aber nichts von dem, was Sie gelesen haben: Wenn Sie „Bilder und Dateien im Cache“ löschen, wird sie entfernt',
  'privacy.keptClick':
    'Firefox vermerkt 45 Tage lang, wann Sie zum ersten Mal auf einer Seite geklickt oder getippt haben, auch in dieser: Wenn Sie Ihren Browserverlauf löschen, wird der Vermerk entfernt',
  'privacy.keptSync':
    'bei eingeschalteter Synchronisierung zeigt Chrome Ihre geöffneten Tabs, auch diesen Ratgeber, auf Ihren anderen Geräten',
  'privacy.keptInstalled':
    'Ihr Browser führt Signpost mit Name und Beschreibung unter Ihren Erweiterungen auf, und Firefox nimmt beides in seine technischen Daten (Telemetrie) auf, wie bei jedem Add-on: Wenn Sie Signpost entfernen, verschwindet es aus der Liste',
  'privacy.privateHeading': 'In einem privaten Fenster',
  'privacy.private':
    'Signpost speichert nichts, weder in einem normalen noch in einem privaten Fenster. In einem privaten Fenster vergisst Ihr Browser außerdem den Tab und die Adresse dieses Ratgebers, wenn Sie das Fenster schließen.',
  'privacy.privateAllow': 'Ihr Browser führt Signpost in einem privaten Fenster nur aus, wenn Sie es erlauben:',
  'privacy.privateChrome':
    'in Chrome unter chrome://extensions: Wählen Sie bei Signpost „Details“ und aktivieren Sie „Im Inkognitomodus zulassen“',
  'privacy.privateEdge':
    'in Edge unter edge://extensions: Wählen Sie bei Signpost „Details“ und aktivieren Sie „In InPrivate zulassen“',
  'privacy.privateFirefox':
    'in Firefox unter about:addons: Wählen Sie Signpost und dann bei „In privaten Fenstern ausführen“ die Option „Erlauben“ (Firefox fragt auch danach, wenn Sie Signpost hinzufügen)',
  'privacy.privateAndroid':
    'in Firefox für Android: Öffnen Sie das Menü, wählen Sie „Erweiterungen“ und dann Signpost, und erlauben Sie die Ausführung im privaten Modus',
  'privacy.shortcutHeading': 'Signpost mit der Tastatur öffnen',
  'privacy.shortcut': 'Drücken Sie {keys}, um das Pop-up von Signpost zu öffnen.',
  'privacy.shortcutNone': 'Für Signpost ist keine Tastenkombination festgelegt.',
  'privacy.shortcutChange':
    'So legen Sie die Tastenkombination fest oder ändern sie: in Chrome unter chrome://extensions/shortcuts, in Edge unter edge://extensions/shortcuts; in Firefox unter about:addons: Wählen Sie dort das Zahnrad-Symbol und dann „Tastenkombinationen von Erweiterungen verwalten“.',
  'privacy.links': 'Links führen zu Websites anderer Organisationen, die eigene Datenschutzerklärungen haben.',
  'privacy.version': 'Signpost, Version {version}.',
  'hours.holidays': 'An Feiertagen können die Zeiten abweichen.',
  'hours.usualToday': 'Übliche Zeiten heute: {times} ({zone}).',
  'hours.usuallyClosedToday': 'Heute normalerweise nicht erreichbar.',
  'hours.timeRange': '{open} bis {close}',
  'hours.range': '{days}, {times} ({zone})',
  'hours.dayRange': '{from} bis {to}',
  'hours.dayPair': '{from} und {to}',
  'hours.dayOne': '{day}',
} satisfies GuideMessages;
