/** Welsh: the name of the United Kingdom and the words about the services whose home is data/regions/uk. */
import type uk from '@/data/regions/uk';
import type { RegionWords } from '../../words';

export default {
  name: 'Y Deyrnas Unedig',
  services: {
    'stop-it-now-uk': {
      about:
        'Llinell gymorth gyfrinachol i unrhyw un sy’n poeni am eu meddyliau rhywiol neu eu hymddygiad rhywiol eu hunain tuag at blant, i deulu a ffrindiau, ac i weithwyr proffesiynol.',
      confidential: 'Cyfrinachol: does dim rhaid i chi roi eich enw.',
      languages: 'Yn Gymraeg neu’n Saesneg. Gall cyfieithydd ymuno â’r alwad.',
      linkLabel: 'Sgwrs fyw neu neges ddiogel',
      whenYouCall:
        'Does dim rhaid i chi roi eich enw nac unrhyw fanylyn sy’n dangos pwy ydych chi. Gallwch siarad am yr hyn sy’n eich poeni a beth allech chi ei wneud nesaf. Os yw siarad yn ormod, dechreuwch sgwrs fyw neu anfonwch neges ddiogel o dudalen y llinell gymorth yn lle hynny.',
      passesOnShort:
        'Os byddwch chi’n rhoi manylion sy’n dangos pwy ydych chi, a hefyd manylion sy’n dangos pwy yw plentyn sydd wedi cael ei gam-drin neu sydd mewn perygl, neu fanylion sy’n awgrymu bod unrhyw un arall mewn perygl o niwed, byddan nhw’n rhannu hyn â’r asiantaethau priodol. Byddan nhw hefyd yn rhannu manylion unrhyw drosedd.',
      passesOnFull:
        'Does dim rhaid i chi roi eich enw nac unrhyw fanylyn sy’n dangos pwy ydych chi. Os byddwch chi’n rhoi manylion sy’n dangos pwy ydych chi, a hefyd wybodaeth sy’n dangos pwy yw plentyn sydd wedi cael ei gam-drin neu sydd mewn perygl o gael ei gam-drin, neu sy’n awgrymu bod unrhyw un arall mewn perygl o niwed, bydd y llinell gymorth yn ei rhannu â’r asiantaethau priodol. Bydd manylion unrhyw drosedd hefyd yn cael eu rhannu.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Hunangymorth, gwybodaeth a chefnogaeth am ddim a dienw i roi’r gorau i edrych ar ddelweddau rhywiol o blant neu i roi’r gorau i gael sgyrsiau rhywiol gyda phlant.',
    },
    'stop-it-now-uk-someone-else': {},
    'stop-it-now-uk-child-behaviour': {
      about: 'I rieni a gofalwyr sy’n poeni am ymddygiad rhywiol plentyn neu berson ifanc.',
    },
    'stop-it-now-uk-faq': {
      about: 'Atebion i’r cwestiynau y mae pobl yn eu gofyn yn aml.',
    },
    childline: {
      young: 'O dan 19 oed? {name}: {number}, unrhyw bryd',
      youngFull:
        'Os ydych chi o dan 19 oed, gallwch siarad â {name}: {number}, unrhyw bryd, neu ddefnyddio sgwrs 1-i-1.',
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
      helpNow: 'Yn ei chael hi’n anodd ymdopi? {name}, {number}, am ddim, unrhyw bryd.',
    },
    'emergency-999-uk': {
      about: 'mewn argyfwng',
    },
    iwf: {
      about: 'Rhoi gwybod am ddelweddau rhywiol o blant. Dim ond y cyfeiriad gwe sydd ei angen.',
    },
    ceop: {
      about:
        'Rhoi gwybod am gam-drin rhywiol ar-lein, neu am feithrin perthynas amhriodol, sy’n ymwneud â rhywun o dan 18 oed.',
    },
  },
} satisfies RegionWords<typeof uk>;
