/** Welsh: the name of Australia and the words about the services whose home is data/regions/au. */
import type au from '@/data/regions/au';
import type { RegionWords } from '../../words';

export default {
  name: 'Awstralia',
  services: {
    'stop-it-now-au': {
      confidential:
        'Dienw: yr unig beth maen nhw’n ei wybod yw’r hyn rydych chi’n dewis ei ddweud wrthyn nhw.',
      passesOnShort:
        'Os oes ganddyn nhw reswm i gredu bod trosedd wedi digwydd (gan gynnwys ar-lein), neu fod plentyn mewn perygl o niwed sylweddol, byddan nhw’n rhoi gwybod i’r awdurdodau perthnasol, fel yr heddlu neu’r gwasanaethau amddiffyn plant.',
      passesOnFull:
        'Mae’r llinell gymorth yn ddienw, a dim ond yr wybodaeth rydych chi’n dewis ei rhannu sydd ganddyn nhw. Mae Stop It Now! Australia yn dilyn pob gofyniad adrodd gorfodol: os ydyn nhw’n credu’n rhesymol bod trosedd wedi digwydd, neu fod plentyn mewn perygl o niwed sylweddol, gan gynnwys unrhyw droseddu ar-lein, byddan nhw’n rhoi gwybod i’r awdurdodau perthnasol, gan gynnwys yr heddlu, y gwasanaethau amddiffyn plant, neu’r ddau.',
    },
    'lifeline-au': {
      about: 'Cymorth mewn argyfwng, 24 awr y dydd. Gallwch anfon neges destun hefyd.',
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? {name}, {number}, unrhyw bryd. Neu anfonwch neges destun i {text}.',
    },
    'kids-helpline': {
      young: 'Rhwng 5 a 25 oed? {name}: {number}, unrhyw bryd',
      youngFull:
        'Os ydych chi rhwng 5 a 25 oed, gallwch siarad â {name}: {number}, unrhyw bryd. Mae galwadau am ddim, yn breifat ac yn gyfrinachol, oni bai bod ganddyn nhw ddyletswydd gofal: er enghraifft, os yw plentyn yn cael ei niweidio neu ei esgeuluso, os yw rhywun yn meddwl am niweidio ei hun, neu os yw rhywun wedi niweidio rhywun arall, neu os gallai wneud hynny.',
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
    'emergency-000-au': {
      about: 'mewn argyfwng',
    },
  },
} satisfies RegionWords<typeof au>;
