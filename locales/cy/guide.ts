/** Cymraeg: the full guide's sentences, typed by the English keys. */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Mae Signpost yn annibynnol. Nid Stop It Now! na’r Lucy Faithfull Foundation a’i gwnaeth, ac nid ydyn nhw’n ei gymeradwyo.',
  'guide.heading': 'Cael help: y canllaw llawn',
  'guide.intro':
    'I unrhyw un sy’n poeni am eu meddyliau rhywiol neu eu hymddygiad rhywiol eu hunain tuag at blant, i’r bobl o’u cwmpas, ac i weithwyr proffesiynol. Cymerwch eich amser. Gallwch adael unrhyw bryd: defnyddiwch “Gadael y dudalen hon” neu bwyswch Shift dair gwaith.',
  'guide.skip': 'Neidio i’r prif gynnwys',
  'guide.exit': 'Gadael y dudalen hon',
  'guide.contents': 'Cynnwys',
  'guide.settings': 'Gwlad ac iaith',
  'section.self': 'Yn poeni am eich meddyliau rhywiol neu eich ymddygiad rhywiol eich hun',
  'section.family': 'Yn poeni am rywun arall',
  'section.young':
    'Yn poeni am ymddygiad rhywiol plentyn, neu os ydych chi’n ifanc ac yn poeni amdanoch chi’ch hun',
  'section.professionals': 'I gwnselwyr a gweithwyr proffesiynol eraill',
  'section.crisis': 'Mewn argyfwng, neu os oes plentyn mewn perygl nawr',
  'section.report': 'Rhoi gwybod am ddelweddau rhywiol o blant',
  'section.privacy': 'Am Signpost a’ch preifatrwydd',
  'self.intro': 'Mae delweddau rhywiol o blant yn dangos plant go iawn, sy’n cael eu niweidio eto bob tro y mae delwedd yn cael ei gweld. Mae’r delweddau’n anghyfreithlon, ond mae pobl yn llwyddo i roi’r gorau iddi, ac mae help ar gael i chi.',
  'self.talk': 'Gallwch siarad â rhywun yn gyfrinachol am yr hyn sy’n eich poeni, heb roi eich enw.',
  'self.talkPlain': 'Gallwch siarad â rhywun am yr hyn sy’n eich poeni.',
  'self.callHeading': 'Beth sy’n digwydd pan fyddwch chi’n ffonio',
  'self.confidentialHeading': 'Beth sy’n cael ei gadw’n gyfrinachol, a beth sy’n cael ei rannu',
  'self.confidentialUnknown':
    'Gofynnwch i’r gwasanaeth beth mae’n ei gadw’n gyfrinachol cyn i chi roi unrhyw fanylion amdanoch chi’ch hun.',
  'self.regionalHeading': 'Gwasanaethau arbenigol ym mhob rhan o’r wlad',
  'self.regionalService': '{name}: {number}. {about}',
  'self.treatmentHeading': 'Triniaeth a chwnsela lle rydych chi',
  'self.selfHelpHeading': 'Hunangymorth ar-lein, am ddim a dienw',
  'self.noHelpline':
    'Nid yw Signpost yn gwybod am linell gymorth lle rydych chi. Nid yw’r rhaglenni ar-lein isod wedi’u cyfyngu i un wlad.',
  'family.intro':
    'Os ydych chi’n poeni am bartner, perthynas neu ffrind, neu os yw rhywun agos atoch chi wedi cael ei arestio, gallwch chithau gael help hefyd. Nid eich bai chi yw’r hyn a wnaethon nhw.',
  'family.helpline': 'Mae llinell gymorth {name} ar gyfer teulu a ffrindiau hefyd.',
  'family.page': 'Cyngor i deulu a ffrindiau',
  'family.inform':
    'Ar ôl i chi gysylltu â’r llinell gymorth, efallai y byddan nhw’n cynnig Inform: rhaglen i bartneriaid, perthnasau a ffrindiau rhywun sydd wedi cael ei arestio, ei rybuddio neu ei euogfarnu am droseddau ar-lein.',
  'family.childHeading': 'Yn poeni am blentyn?',
  'family.yourselfHeading': 'Gofalu amdanoch chi’ch hun',
  'family.yourself': 'Gall hyn fod yn llawer i’w gario. Os ydych chi’n ei chael hi’n anodd, siaradwch â rhywun.',
  'family.none': 'Nid yw Signpost yn gwybod am wasanaeth i deulu a ffrindiau lle rydych chi.',
  'young.intro':
    'Gall plant a phobl ifanc ddangos ymddygiad rhywiol sy’n niweidiol, a chyda’r help iawn gall ddod i ben. Os ydych chi’n berson ifanc ac yn poeni am eich meddyliau neu eich ymddygiad eich hun, gallwch chithau siarad â rhywun hefyd.',
  'young.parents': 'Cyngor i rieni a gofalwyr',
  'young.none':
    'Nid yw Signpost yn gwybod am wasanaeth i bobl ifanc lle rydych chi. Os oes rhywun mewn perygl nawr, ffoniwch eich rhif argyfwng lleol.',
  'young.noneDanger':
    'Nid yw Signpost yn gwybod am wasanaeth i bobl ifanc lle rydych chi. Os oes plentyn neu berson ifanc mewn perygl nawr, ffoniwch {number}.',
  'professionals.doesHeading': 'Beth mae Signpost yn ei wneud, a beth nad yw’n ei wneud',
  'professionals.does':
    'Mae Signpost yn rhoi help un clic i ffwrdd: llinell gymorth lle mae Signpost yn gwybod am un, a llinell argyfwng neu ble i ddod o hyd i un. Lle mae llinell gymorth yn nodi ei horiau, neu beth mae’n ei gadw’n gyfrinachol, mae Signpost yn dangos hynny hefyd.',
  'professionals.languages': 'Gallwch ei ddarllen yn unrhyw un o’r ieithoedd hyn: {languages}.',
  'professionals.doesNot':
    'Nid yw’n monitro, yn rhwystro nac yn rhoi gwybod am unrhyw beth. Nid yw’n cadw dim nac yn anfon dim. Nid yw’n driniaeth nac yn cymryd lle triniaeth.',
  'professionals.recommendHeading': 'Sut i’w argymell',
  'professionals.recommend':
    'Awgrymwch fod yr unigolyn yn gosod Signpost ei hun, o siop ychwanegion ei borwr, ar ddyfais y mae’n ei defnyddio. Neu rhowch y cerdyn isod iddo, wedi’i argraffu neu mewn neges.',
  'professionals.caseAdvice':
    'Mae llinell gymorth {name} hefyd yn derbyn galwadau gan weithwyr proffesiynol sydd eisiau cyngor am achos.',
  'card.heading': 'Cerdyn i’w roi i rywun',
  'card.intro': 'Mae’r cerdyn yn dangos yr help ar gyfer y wlad a’r iaith a ddewiswyd uchod.',
  'card.print': 'Argraffu cerdyn',
  'card.copy': 'Copïo’r manylion hyn',
  'card.copied': 'Manylion wedi’u copïo. Gallwch eu gludo mewn neges.',
  'card.copyFailed':
    'Methu copïo. Mae’r manylion wedi’u dewis: pwyswch Ctrl+C neu Cmd+C i’w copïo.',
  'card.title': 'Ble i gael help',
  'card.helpline': 'Llinell gymorth {name}: {number}',
  'card.number': '{number}: {cost}',
  'card.link': '{label}: {url}',
  'card.website': 'Gwefan',
  'card.selfHelp': 'Hunangymorth am ddim a dienw',
  'card.qr': 'Sganiwch i agor {url}',
  'card.qrLabel': 'Cod QR ar gyfer {url}',
  'crisis.danger': 'Os oes plentyn mewn perygl nawr, ffoniwch {number}.',
  'crisis.dangerOr': 'Os oes plentyn mewn perygl nawr, ffoniwch {number} (neu {otherNumber}).',
  'crisis.dangerElsewhere': 'Os oes plentyn mewn perygl nawr, ffoniwch eich rhif argyfwng lleol.',
  'crisis.emergencyNumber': '{number}: {about}.',
  'crisis.suicide':
    'Os ydych chi’n cael meddyliau am hunanladdiad, dydych chi ddim ar eich pen eich hun, ac rydych chi’n haeddu cefnogaeth. Siaradwch â rhywun nawr.',
  'crisis.investigation':
    'Os ydych chi wedi cael eich arestio neu’n destun ymchwiliad a’ch bod yn teimlo na allwch chi ddal ati, siaradwch â rhywun nawr. Mae llawer o bobl yn y sefyllfa honno’n teimlo fel hyn, ac mae help ar gael.',
  'crisis.informPlus':
    'Mae Stop It Now! hefyd yn cynnal cyrsiau i bobl sydd wedi cael eu harestio neu eu heuogfarnu am droseddau ar-lein (Inform Plus): gofynnwch i’r llinell gymorth.',
  'crisis.advice':
    'Mae Stop It Now! yn awgrymu bod pobl mewn argyfwng yn cysylltu â’u meddyg teulu, llinell iechyd meddwl brys leol y GIG, neu Samaritans.',
  'report.intro': 'Os byddwch chi’n dod ar draws delweddau rhywiol o blant ar-lein, gallwch roi gwybod ble y daethoch chi o hyd iddyn nhw.',
  'report.warning':
    'Peidiwch byth â lawrlwytho delwedd, tynnu sgrinlun ohoni, ei chadw na’i hanfon, hyd yn oed i roi gwybod amdani: gall hynny ynddo’i hun fod yn drosedd. Rhowch wybod am y cyfeiriad gwe yn unig.',
  'report.anonymous': 'Gallwch roi gwybod yn ddienw.',
  'report.notAnonymous': 'Nid yw’r adroddiad hwn yn ddienw.',
  'report.link': 'Rhoi gwybod ar wefan {name}',
  'report.none': 'Nid yw Signpost yn gwybod am wasanaeth adrodd lle rydych chi.',
  'privacy.permissionsHeading': 'Caniatâd',
  'privacy.permissionsNone': 'Dim. Mae eich porwr yn dweud nad oes gan Signpost unrhyw ganiatâd.',
  'privacy.permissionsSome': 'Mae eich porwr yn dweud bod gan Signpost y caniatadau hyn:',
  'privacy.background':
    'Nid oes gan Signpost broses gefndir. Dim ond tra bo’r dudalen hon neu ei ffenestr naid ar agor y mae’n rhedeg, ac nid yw’n rhoi dim yn y gwefannau rydych chi’n ymweld â nhw.',
  'privacy.connections':
    'Mae ei bolisi diogelwch ei hun yn atal ei dudalennau rhag llwytho dim o’r rhyngrwyd nac anfon dim iddo. Nid yw’r polisi’n berthnasol i’r dolenni rydych chi’n eu dewis, sy’n agor eu gwefannau mewn tab newydd, na phopeth y mae’r porwr yn ei wneud ar ran tudalen, fel cysylltu ymlaen llaw â gwefan y mae’r dudalen yn cyfeirio ati. Nid yw tudalennau Signpost yn gofyn am gysylltiad o’r fath, ac nid ydyn nhw’n cynnwys unrhyw wefan arall.',
  'privacy.lookups':
    'Mae ei dudalennau hefyd yn gofyn i’ch porwr beidio â chwilio ymlaen llaw am y gwefannau y maen nhw’n rhoi dolenni iddyn nhw, cyn i chi ddewis un, a pheidio â dweud wrth wefan eich bod wedi dod o Signpost.',
  'privacy.storage':
    'Nid yw’n cadw dim: dim gosodiadau, dim cwcis, dim data o’i eiddo’i hun. Mae’r wlad a’r iaith rydych chi’n eu dewis yn cael eu cadw yn y dudalen hon yn unig tra bo hi ar agor, ac maen nhw’n diflannu pan fyddwch chi’n ei chau.',
  'privacy.historyHeading': 'Y canllaw hwn yn hanes eich porwr',
  'privacy.history':
    'Bob tro y byddwch chi’n agor y canllaw hwn mewn ffenestr arferol, mae Chrome ac Edge yn ei restru yn eu hanes fel “Signpost”, dan ei gyfeiriad ei hun, heb wlad nac iaith ynddo. Nid yw Firefox yn ei restru. Nid yw’r ffenestr naid byth yn ymddangos yn yr hanes.',
  'privacy.historyRemove':
    'I’w dynnu, agorwch eich hanes (Ctrl+H yn Chrome neu Edge, Cmd+Y ar Mac), dewch o hyd i “Signpost” a’i ddileu.',
  'privacy.closedTabs':
    'Ar ôl i chi gau’r canllaw hwn, hyd yn oed gyda “Gadael y dudalen hon”, gellir ei agor eto o restr y porwr o dabiau a gaewyd yn ddiweddar. Ar gyfer y rhestr honno, mae’r porwr yn cadw ei gyfeiriad, pa mor bell i lawr y dudalen roeddech chi wedi sgrolio ac unrhyw wefan help a agoroch chi ohono, ond dim un o’r dewisiadau a wnaethoch chi ynddo. Mae clirio hanes eich pori yn gwagio’r rhestr honno: pwyswch Ctrl+Shift+Delete (Cmd+Shift+Delete ar Mac) a dewiswch hanes pori.',
  'privacy.clipboard':
    'Os byddwch chi’n copïo rhif neu’r cerdyn, mae’n aros ar glipfwrdd eich dyfais (ac yn hanes y clipfwrdd, os yw hwnnw wedi’i droi ymlaen) nes i chi gopïo rhywbeth arall.',
  'privacy.keptHeading': 'Yr hyn y mae eich porwr yn ei gadw',
  'privacy.keptIntro':
    'Mae eich porwr yn cadw ei gofnodion ei hun o’r tudalennau rydych chi’n eu hagor, gan gynnwys rhai Signpost. Yn ogystal â’i hanes a’r tabiau a gaewyd yn ddiweddar:',
  'privacy.keptSites':
    'mae’n cadw gwefan help rydych chi’n ei hagor yn ei hanes, fel unrhyw wefan, ac mae Chrome ac Edge yn nodi eich bod wedi’i hagor o Signpost: mae clirio hanes eich pori yn dileu’r ddau',
  'privacy.keptTile':
    'os byddwch chi’n agor y canllaw hwn drwy deipio ei gyfeiriad, gall Chrome ac Edge ddangos teilsen “Signpost” ar y dudalen Tab Newydd (New Tab): tynnwch y deilsen, neu cliriwch hanes eich pori',
  'privacy.keptCache':
    'mae Chrome ac Edge yn cadw copi o bob sgript Signpost a redodd, gyda’r amser y rhedodd, ond dim byd o’r hyn a ddarllenoch chi: mae clirio’r delweddau a’r ffeiliau mewn storfa (Cached images and files) yn ei ddileu',
  'privacy.keptClick':
    'mae Firefox yn nodi pryd y byddwch chi’n clicio neu’n teipio gyntaf mewn unrhyw dudalen, gan gynnwys hon, am 45 diwrnod: mae clirio hanes eich pori yn ei ddileu',
  'privacy.keptSync':
    'os yw cysoni (sync) ymlaen, mae Chrome yn dangos eich tabiau agored, gan gynnwys y canllaw hwn, ar eich dyfeisiau eraill',
  'privacy.keptInstalled':
    'mae eich porwr yn rhestru Signpost ymhlith eich estyniadau, gyda’i enw a’i ddisgrifiad, ac mae Firefox yn eu cynnwys yn ei ddata technegol (telemetreg), fel ar gyfer pob ychwanegyn: mae tynnu Signpost yn ei dynnu oddi ar y rhestr',
  'privacy.privateHeading': 'Mewn ffenestr breifat',
  'privacy.private':
    'Nid yw Signpost yn cadw dim, mewn ffenestr arferol nac mewn ffenestr breifat. Mewn ffenestr breifat, mae eich porwr hefyd yn anghofio tab a chyfeiriad y canllaw hwn pan fyddwch chi’n cau’r ffenestr.',
  'privacy.privateAllow':
    'Dim ond os byddwch chi’n caniatáu hynny y bydd eich porwr yn rhedeg Signpost mewn ffenestr breifat:',
  'privacy.privateChrome':
    'yn Chrome, ewch i chrome://extensions, dewiswch y manylion (Details) o dan Signpost, yna trowch ymlaen y dewis i’w ganiatáu yn y modd Incognito (Allow in Incognito)',
  'privacy.privateEdge':
    'yn Edge, ewch i edge://extensions, dewiswch y manylion (Details) o dan Signpost, yna trowch ymlaen y dewis i’w ganiatáu yn InPrivate (Allow in InPrivate)',
  'privacy.privateFirefox':
    'yn Firefox, ewch i about:addons, dewiswch Signpost, yna dewiswch Caniatáu (Allow) wrth ymyl “Rhedeg mewn Ffenestri Preifat” (Run in Private Windows); mae Firefox hefyd yn gofyn hyn pan fyddwch chi’n ychwanegu Signpost',
  'privacy.privateAndroid':
    'yn Firefox ar gyfer Android, agorwch y ddewislen, dewiswch Estyniadau (Extensions), yna Signpost, a gadewch iddo redeg wrth bori’n breifat',
  'privacy.shortcutHeading': 'Agor Signpost o’r bysellfwrdd',
  'privacy.shortcut': 'Pwyswch {keys} i agor ffenestr naid Signpost.',
  'privacy.shortcutNone': 'Does dim llwybr byr bysellfwrdd wedi’i osod ar gyfer Signpost.',
  'privacy.shortcutChange':
    'I’w osod neu ei newid: yn Chrome, ewch i chrome://extensions/shortcuts; yn Edge, edge://extensions/shortcuts; yn Firefox, ewch i about:addons, dewiswch y botwm gêr, yna’r dewis i reoli llwybrau byr estyniadau (Manage Extension Shortcuts).',
  'privacy.links': 'Mae dolenni’n arwain at wefannau sefydliadau eraill, sydd â’u polisïau preifatrwydd eu hunain.',
  'privacy.version': 'Fersiwn Signpost {version}.',
  'hours.holidays': 'Gall yr oriau fod yn wahanol ar wyliau cyhoeddus.',
  'hours.usualToday': 'Oriau arferol heddiw: {times} ({zone}).',
  'hours.usuallyClosedToday': 'Ar gau heddiw fel arfer.',
  'hours.timeRange': '{open} – {close}',
  'hours.range': '{days}, {times} ({zone})',
  'hours.dayRange': '{from} – {to}',
  'hours.dayPair': '{from} a {to}',
  'hours.dayOne': '{day}',
} satisfies GuideMessages;
