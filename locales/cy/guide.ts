/** Cymraeg: the full guide's sentences, typed by the English keys. */
import type { GuideMessages } from '@/locales';

export default {
  'footer.independentFull':
    'Mae Signpost yn annibynnol. Nid Stop It Now! na’r Lucy Faithfull Foundation a’i gwnaeth, ac nid ydyn nhw’n ei gymeradwyo.',
  'guide.heading': 'Help cyfrinachol: y canllaw llawn',
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
  'self.intro': 'Mae gofyn am help yn gam cyntaf cryf.',
  'self.talk': 'Gallwch siarad â rhywun yn gyfrinachol am yr hyn sy’n eich poeni, heb roi eich enw.',
  'self.talkPlain': 'Gallwch siarad â rhywun am yr hyn sy’n eich poeni.',
  'self.callHeading': 'Beth sy’n digwydd pan fyddwch chi’n ffonio',
  'self.confidentialHeading': 'Beth sy’n cael ei gadw’n gyfrinachol, a beth sy’n cael ei rannu',
  'self.confidentialUnknown':
    'Gofynnwch i’r gwasanaeth beth mae’n ei gadw’n gyfrinachol cyn i chi roi unrhyw fanylion amdanoch chi’ch hun.',
  'self.regionalHeading': 'Gwasanaethau arbenigol ym mhob rhan o’r wlad',
  'self.regionalService': '{name}: {number}. {about}',
  'self.selfHelpHeading': 'Hunangymorth ar-lein, am ddim a dienw',
  'self.noHelpline':
    'Nid yw Signpost yn gwybod am linell gymorth lle rydych chi. Mae’r rhaglenni ar-lein isod ar agor i unrhyw un.',
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
    'Mae Signpost yn rhoi help cyfrinachol un clic i ffwrdd: y llinell gymorth, ei horiau, beth mae’n ei gadw’n gyfrinachol a llinell argyfwng.',
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
  'card.title': 'Help cyfrinachol',
  'card.helpline': 'Llinell gymorth {name}: {number}',
  'card.number': '{number}: {cost}',
  'card.link': '{label}: {url}',
  'card.website': 'Gwefan',
  'card.selfHelp': 'Hunangymorth am ddim a dienw',
  'card.qr': 'Sganiwch i agor {url}',
  'card.qrLabel': 'Cod QR ar gyfer {url}',
  'crisis.danger': 'Os oes plentyn mewn perygl nawr, ffoniwch {number}.',
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
  'report.intro': 'Gall rhoi gwybod am ddelwedd ei hatal rhag cael ei gweld eto.',
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
    'Mae ei bolisi diogelwch ei hun yn rhwystro pob cysylltiad: ni all ei dudalennau anfon dim i unman.',
  'privacy.lookups':
    'Mae ei dudalennau hefyd yn gofyn i’ch porwr beidio â chwilio ymlaen llaw am y gwefannau y maen nhw’n rhoi dolenni iddyn nhw, cyn i chi ddewis un, a pheidio â dweud wrth wefan eich bod wedi dod o Signpost.',
  'privacy.storage':
    'Nid yw’n cadw dim: dim gosodiadau, dim cwcis, dim data o’i eiddo’i hun. Mae’r wlad a’r iaith rydych chi’n eu dewis yn cael eu cadw yn y dudalen hon yn unig tra bo hi ar agor, ac maen nhw’n diflannu pan fyddwch chi’n ei chau.',
  'privacy.historyHeading': 'Y canllaw hwn yn hanes eich porwr',
  'privacy.history':
    'Bob tro y byddwch chi’n agor y canllaw hwn, mae Chrome ac Edge yn ei restru yn eu hanes fel “Signpost”. Mae ei gyfeiriad yno yn dangos y wlad a’r iaith y gwnaeth agor ynddyn nhw, ond dim un o’r dewisiadau rydych chi’n eu gwneud ynddo. Nid yw Firefox yn ei restru. Nid yw’r ffenestr naid byth yn ymddangos yn yr hanes.',
  'privacy.historyRemove':
    'I’w dynnu, agorwch eich hanes (Ctrl+H yn Chrome neu Edge, Cmd+Y ar Mac), dewch o hyd i “Signpost” a’i ddileu.',
  'privacy.closedTabs':
    'Ar ôl i chi gau’r canllaw hwn, hyd yn oed gyda “Gadael y dudalen hon”, gellir ei agor eto o restr y porwr o dabiau a gaewyd yn ddiweddar. Ar gyfer y rhestr honno, mae’r porwr yn cadw ei gyfeiriad (sy’n dangos y wlad a’r iaith yr agorodd ynddyn nhw) a pha mor bell i lawr y dudalen roeddech chi wedi sgrolio, ond dim un o’r dewisiadau a wnaethoch chi ynddo. Mae clirio hanes eich pori yn gwagio’r rhestr honno: pwyswch Ctrl+Shift+Delete (Cmd+Shift+Delete ar Mac) a dewiswch hanes pori.',
  'privacy.clipboard':
    'Os byddwch chi’n copïo rhif neu’r cerdyn, mae’n aros ar glipfwrdd eich dyfais (ac yn hanes y clipfwrdd, os yw hwnnw wedi’i droi ymlaen) nes i chi gopïo rhywbeth arall.',
  'privacy.shortcutHeading': 'Agor Signpost o’r bysellfwrdd',
  'privacy.shortcut': 'Pwyswch {keys} i agor ffenestr naid Signpost.',
  'privacy.shortcutNone': 'Does dim llwybr byr bysellfwrdd wedi’i osod ar gyfer Signpost.',
  'privacy.shortcutChange':
    'I’w osod neu ei newid: yn Chrome, ewch i chrome://extensions/shortcuts; yn Edge, edge://extensions/shortcuts; yn Firefox, ewch i about:addons, dewiswch y botwm gêr, yna’r dewis i reoli llwybrau byr estyniadau (Manage Extension Shortcuts).',
  'privacy.links': 'Mae dolenni’n arwain at wefannau sefydliadau eraill, sydd â’u polisïau preifatrwydd eu hunain.',
  'privacy.version': 'Fersiwn Signpost {version}.',
  'hours.range': '{days}, {times} ({zone})',
  'hours.dayRange': '{from} – {to}',
  'hours.dayPair': '{from} a {to}',
  // Words about each service, by its id in the directory: typed per service and field,
  // so a sentence can never be looked up by a key built from a string.
  services: {
    'stop-it-now-uk': {
      whenYouCall:
        'Does dim rhaid i chi roi eich enw nac unrhyw fanylyn sy’n dangos pwy ydych chi. Gallwch siarad am yr hyn sy’n eich poeni a beth allech chi ei wneud nesaf. Os yw siarad yn ormod, dechreuwch sgwrs fyw neu anfonwch neges ddiogel o dudalen y llinell gymorth yn lle hynny.',
      about:
        'Llinell gymorth gyfrinachol i unrhyw un sy’n poeni am eu meddyliau rhywiol neu eu hymddygiad rhywiol eu hunain tuag at blant, i deulu a ffrindiau, ac i weithwyr proffesiynol.',
      passesOnFull:
        'Does dim rhaid i chi roi eich enw nac unrhyw fanylyn sy’n dangos pwy ydych chi. Os byddwch chi’n rhoi manylion sy’n dangos pwy ydych chi, a hefyd wybodaeth sy’n dangos pwy yw plentyn sydd wedi cael ei gam-drin neu sydd mewn perygl o gael ei gam-drin, neu sy’n awgrymu bod unrhyw un arall mewn perygl o niwed, bydd y llinell gymorth yn ei rhannu â’r asiantaethau priodol. Bydd manylion unrhyw drosedd hefyd yn cael eu rhannu.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Hunangymorth, gwybodaeth a chefnogaeth am ddim a dienw i roi’r gorau i edrych ar ddelweddau rhywiol o blant neu i roi’r gorau i gael sgyrsiau rhywiol gyda phlant.',
    },
    'stop-it-now-uk-child-behaviour': {
      about: 'I rieni a gofalwyr sy’n poeni am ymddygiad rhywiol plentyn neu berson ifanc.',
    },
    'stop-it-now-uk-faq': {
      about: 'Atebion i’r cwestiynau y mae pobl yn eu gofyn yn aml.',
    },
    childline: {
      youngFull: 'Os ydych chi o dan 19 oed, gallwch siarad â {name}: {number}, unrhyw bryd, neu ddefnyddio sgwrs 1-i-1.',
    },
    nspcc: {
      about:
        'I oedolion sy’n poeni am blentyn. Ffoniwch ar yr amseroedd isod, neu cysylltwch ar-lein neu drwy e-bost unrhyw bryd.',
      confidentiality:
        'Does dim rhaid i chi ddweud pwy ydych chi. Os yw’r NSPCC yn meddwl y gallai plentyn fod mewn perygl, mae ganddyn nhw ddyletswydd i rannu’r hyn rydych chi’n ei ddweud wrthyn nhw ag asiantaethau eraill.',
    },
    samaritans: {
      about: 'Rhywun i siarad â nhw, am ddim, unrhyw bryd, yn y DU ac Iwerddon.',
      confidentiality:
        'Does dim rhaid i chi roi eich enw, ac ni fydd Samaritans yn rhannu’r hyn rydych chi’n ei ddweud na’ch manylion, ac eithrio mewn rhai achosion: er enghraifft, os byddwch chi’n rhannu gwybodaeth sy’n dangos pwy yw plentyn, neu oedolyn sy’n wynebu risg, sy’n dioddef camdriniaeth neu niwed, efallai y byddan nhw’n cysylltu â gwasanaethau eraill ar ôl trafod y peth gyda chi.',
    },
    'emergency-999': {
      about: 'mewn argyfwng',
    },
    'emergency-112-ie': {
      about: 'mewn argyfwng',
    },
    iwf: {
      about: 'Rhoi gwybod am ddelweddau rhywiol o blant. Dim ond y cyfeiriad gwe sydd ei angen.',
    },
    ceop: {
      about:
        'Rhoi gwybod am gam-drin rhywiol ar-lein, neu am feithrin perthynas amhriodol, sy’n ymwneud â rhywun o dan 18 oed.',
    },
    'hotline-ie': {
      about:
        'Canolfan genedlaethol Iwerddon ar gyfer rhoi gwybod am ddelweddau rhywiol o blant, yn ddiogel ac yn gyfrinachol. Mae’n gweithio gydag An Garda Síochána.',
    },
    'stop-it-now-us': {
      about: 'Llinell gymorth rhadffôn, gyfrinachol. Gallwch ffonio, anfon e-bost neu sgwrsio.',
    },
    'lifeline-988': {
      about: '988 Suicide & Crisis Lifeline: ffoniwch neu anfonwch neges destun i 988.',
    },
    ncmec: {
      about: 'Rhoi gwybod am ddelweddau rhywiol o blant, ar-lein neu dros y ffôn.',
    },
    'emergency-911': {
      about: 'mewn argyfwng',
    },
    esafety: {
      about: 'Rhoi gwybod am gynnwys anghyfreithlon ar-lein, gan gynnwys delweddau rhywiol o blant.',
    },
    'crime-stoppers-au': {
      about: 'Rhoi gwybod am drosedd dros y ffôn, heb roi eich enw.',
    },
    accce: {
      about:
        'Rhoi gwybod am gamfanteisio rhywiol ar blant ar-lein, neu am feithrin perthynas amhriodol, os ydych chi yn Awstralia. Mae hyn yn mynd i Heddlu Ffederal Awstralia.',
    },
    'lifeline-au': {
      about: 'Cymorth mewn argyfwng, 24 awr y dydd. Gallwch anfon neges destun hefyd.',
    },
    'emergency-000': {
      about: 'mewn argyfwng',
    },
    telefonseelsorge: {
      about:
        'Llinell argyfwng ddienw am ddim, 24 awr y dydd. Nid yw’r rhif yn ymddangos ar eich bil ffôn. Sgwrs ac e-bost hefyd.',
    },
    'emergency-112-de': {
      about: 'tân neu ambiwlans, am ddim',
    },
    'police-110-de': {
      about: 'yr heddlu, ar gyfer plentyn mewn perygl nawr, am ddim',
    },
    'internet-beschwerdestelle': {
      about:
        'Swyddfa gwynion y rhyngrwyd a gynhelir gan eco ac FSM. I roi gwybod am ddelweddau rhywiol o blant, dim ond ble y daethoch chi o hyd iddyn nhw sydd angen i chi ei ddweud: dim enw na chyfeiriad e-bost.',
    },
    'find-a-helpline': {
      about:
        'Llinellau cymorth argyfwng cyfrinachol am ddim mewn tua 130 o wledydd, pob un wedi’i wirio yn erbyn meini prawf Find A Helpline.',
    },
    'stop-it-now-au': {
      passesOnFull:
        'Mae’r llinell gymorth yn ddienw, a dim ond yr wybodaeth rydych chi’n dewis ei rhannu sydd ganddyn nhw. Mae Stop It Now! Australia yn dilyn pob gofyniad adrodd gorfodol: os ydyn nhw’n credu’n rhesymol bod trosedd wedi digwydd, neu fod plentyn mewn perygl o niwed sylweddol, gan gynnwys unrhyw droseddu ar-lein, byddan nhw’n rhoi gwybod i’r awdurdodau perthnasol, gan gynnwys yr heddlu, y gwasanaethau amddiffyn plant, neu’r ddau.',
    },
    'stop-it-now-nl': {
      about:
        'Llinell gymorth ddienw am ddim i bobl sy’n poeni am eu teimladau rhywiol neu eu hymddygiad rhywiol eu hunain tuag at unrhyw un o dan 18 oed, i’r bobl o’u cwmpas, fel partneriaid a theulu, ac i weithwyr proffesiynol. Offlimits sy’n ei rhedeg.',
    },
    'zelfmoordpreventie-113': {
      about: 'Atal hunanladdiad. Gallwch ffonio, neu sgwrsio ar ei wefan, yn ddienw.',
    },
    'emergency-112-nl': {
      about: 'mewn argyfwng',
    },
    'veilig-thuis': {
      about: 'I unrhyw un sy’n poeni am ddiogelwch plentyn gartref.',
    },
    kindertelefoon: {
      youngFull:
        'Os ydych chi rhwng 8 a 18 oed, gallwch ffonio {name} ar {number}. Mae am ddim ac yn ddienw.',
    },
    'meldpunt-kinderporno': {
      about:
        'Llinell Offlimits ar gyfer rhoi gwybod am ddelweddau rhywiol o blant. Dim ond delweddau sydd ar-lein yn gyhoeddus ac sydd â chyfeiriad gwe y gall hi edrych arnyn nhw. Mae adroddiadau’n cael eu trin yn gyfrinachol.',
    },
    'stop-it-now-bruxelles': {
      whenYouCall:
        'Os yw’n well gennych chi ysgrifennu, gallwch sgwrsio ar ddyddiau Llun rhwng 2yh a 4yh (amser Gwlad Belg) ar Facebook, Messenger, Instagram neu LinkedIn, neu anfon e-bost i contact@stopitnow.brussels, gan ddefnyddio enw ffug os hoffech chi. Yn y sgwrs, dim ond yr hyn rydych chi wedi’i gadw ar y platfform a ddewiswch chi y mae’r llinell gymorth yn ei weld. Mae’r platfform ei hun yn gweld yr hyn rydych chi’n ei gadw yno.',
      passesOnFull:
        'Mae’r bobl sy’n ateb wedi’u rhwymo gan gyfrinachedd proffesiynol. Dim ond os yw rhywun o dan 18 oed, neu unrhyw berson bregus arall, mewn perygl uniongyrchol y gallan nhw ddweud wrth yr awdurdodau.',
    },
    'zelfmoordlijn-1813': {
      about:
        'Y llinell atal hunanladdiad yn Fflandrys. Mae galwadau’n ddienw. Gallwch hefyd sgwrsio neu anfon e-bost ar ei gwefan.',
    },
    'centre-prevention-suicide': {
      about: 'Llinell argyfwng: bydd rhywun yn gwrando arnoch chi, yn ddienw.',
    },
    'emergency-112-be': {
      about: 'mewn argyfwng, am ddim',
    },
    'child-focus': {
      about:
        'Rhoi gwybod i Child Focus am ddelweddau rhywiol o blant. Mae ei staff wedi’u rhwymo gan gyfrinachedd proffesiynol.',
    },
    'stop-fr': {
      whenYouCall:
        'Mae STOP, sy’n cael ei redeg gan yr FFCRIAVS, ar gyfer pobl sy’n cael eu denu’n rhywiol at blant, i’w helpu i gael gofal cyn iddyn nhw weithredu ar hynny. Ar ôl neges groeso, rydych chi’n teipio rhif eich département (lle rydych chi’n byw, neu lle cawsoch chi eich geni). Byddwch chi’n cael eich trosglwyddo i glinigydd yno (seicolegydd, seiciatrydd neu nyrs), a fydd yn asesu beth sydd ei angen arnoch chi ac yn eich cyfeirio at ofal addas. Mae’r gofal hwnnw’n dod o dan y gyfraith ar gyfrinachedd proffesiynol.',
    },
    'suicide-3114': {
      about:
        'Y llinell genedlaethol atal hunanladdiad. Mae galwadau’n gyfrinachol. I unrhyw un mewn trallod, unrhyw un sy’n poeni am rywun, unrhyw un mewn profedigaeth, ac i weithwyr proffesiynol.',
    },
    'emergency-112-fr': {
      about: 'mewn argyfwng',
    },
    pharos: {
      about:
        'Gwasanaeth yr heddlu a’r gendarmerie ar gyfer rhoi gwybod am gynnwys anghyfreithlon ar-lein, gan gynnwys delweddau rhywiol o blant. Mae am ddim, ac mae staff yno 24 awr y dydd.',
    },
    'point-de-contact': {
      about:
        'Rhoi gwybod am gynnwys anghyfreithlon ar-lein, drwy ei ffurflen, ei ychwanegyn porwr neu ei ap. Mae’n gweithio i gael y cwmnïau sy’n cynnal cynnwys sy’n amlwg yn anghyfreithlon i’w dynnu i lawr, ac mae’n rhoi gwybod i’r awdurdodau.',
    },
    'stop-nz': {
      about:
        'Ar gyfer Ynys y De (Te Waipounamu): asesu ac ymyrraeth arbenigol am ddim i bobl sydd wedi ymddwyn mewn ffordd rywiol niweidiol. Cysylltwch â nhw am sgwrs gyfrinachol.',
    },
    'safe-network': {
      about: 'Ar gyfer rhan uchaf Ynys y Gogledd.',
    },
    wellstop: {
      about: 'Ar gyfer rhan isaf Ynys y Gogledd.',
    },
    'need-to-talk-1737': {
      about: 'Am ddim i’w ffonio neu i anfon neges destun ato o unrhyw linell dir neu ffôn symudol.',
    },
    'emergency-111': {
      about: 'os ydych chi, neu rywun rydych chi’n ei adnabod, mewn perygl uniongyrchol',
    },
    'dia-nz': {
      about:
        'Ffurflen yr Adran Materion Mewnol (Department of Internal Affairs) ar gyfer rhoi gwybod am ddeunydd camfanteisio rhywiol ar blant ar-lein. Does dim rhaid i chi roi cyfeiriad e-bost. Os byddwch chi’n dod ar draws deunydd o’r fath yn ddamweiniol, gadewch y wefan ar unwaith.',
    },
    'kids-helpline': {
      youngFull:
        'Os ydych chi rhwng 5 a 25 oed, gallwch siarad â {name}: {number}, unrhyw bryd. Mae galwadau am ddim, yn breifat ac yn gyfrinachol, oni bai bod ganddyn nhw ddyletswydd gofal: er enghraifft, os yw plentyn yn cael ei niweidio neu ei esgeuluso, os yw rhywun yn meddwl am niweidio ei hun, neu os yw rhywun wedi niweidio rhywun arall, neu os gallai wneud hynny.',
    },
    'nummer-gegen-kummer': {
      youngFull:
        'Gall plant a phobl ifanc siarad â {name} ar {number}, am ddim ac yn ddienw. Gallwch hefyd sgwrsio neu anfon e-bost ar ei wefan.',
    },
  },
} satisfies GuideMessages;
