/** Welsh: the name of Canada and the words about the services whose home is data/regions/ca. */
import type ca from '@/data/regions/ca';
import type { RegionWords } from '../../words';

export default {
  name: 'Canada',
  services: {
    'talking-for-change': {
      about:
        'Llinell gymorth ddienw a sgwrs ddienw i bobl o bob oed sy’n poeni am ddiddordeb rhywiol mewn plant, a seicotherapi am ddim i oedolion, nad yw’n ddienw.',
      talk: 'Gallwch siarad â rhywun am yr hyn sy’n eich poeni, heb roi eich enw.',
    },
    'suicide-crisis-988-ca': {
      about: 'Gallwch ffonio neu anfon neges destun, yn Saesneg neu yn Ffrangeg.',
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Ffoniwch neu anfonwch neges destun i {number}, am ddim, unrhyw bryd, yn Saesneg neu yn Ffrangeg.',
    },
    'kids-help-phone': {
      young: 'Yn berson ifanc? {name}: anfonwch y neges CONNECT i {number}, am ddim, unrhyw bryd',
      youngFull:
        'Gall pobl ifanc unrhyw le yng Nghanada anfon y neges destun CONNECT i {number} i gysylltu â {name}, am ddim, unrhyw bryd.',
    },
    'emergency-911-ca': {
      about: 'mewn argyfwng. Os yw plentyn mewn perygl uniongyrchol, gallwch chi hefyd ffonio’r heddlu lleol',
    },
    'cybertip-ca': {
      about: 'Llinell Canada ar gyfer rhoi gwybod am gamfanteisio rhywiol ar blant ar-lein.',
    },
  },
} satisfies RegionWords<typeof ca>;
