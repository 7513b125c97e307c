/** Welsh: the name of Switzerland and the words about the services whose home is data/regions/ch. */
import type ch from '@/data/regions/ch';
import type { RegionWords } from '../../words';

export default {
  name: 'Y Swistir',
  services: {
    'kein-taeter-werden-ch': {
      about: 'Mae ei wefan yn rhestru’r lleoedd yn y Swistir sy’n cynnig triniaeth.',
    },
    beforemore: {
      about:
        'Cwnsela ar gyfer y Swistir Almaeneg ei hiaith. Nid oes gan Signpost fanylion cyswllt wedi’u gwirio ar ei gyfer.',
    },
    'dis-no': {
      about:
        'Cwnsela ar gyfer y Swistir Ffrangeg ei hiaith. Nid oes gan Signpost fanylion cyswllt wedi’u gwirio ar ei gyfer.',
    },
    'dargebotene-hand-143': {
      about: 'Yn ddienw, unrhyw bryd. Gallwch hefyd sgwrsio neu anfon e-bost ar ei wefan.',
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Ffoniwch {name} ar {number}, unrhyw bryd, yn ddienw. Mae galwad yn costio CHF 0.20 ar y mwyaf.',
    },
    'pro-juventute-147': {
      young: 'Yn blentyn neu’n berson ifanc? {name}: {number}, am ddim ac yn gyfrinachol, unrhyw bryd',
      youngFull:
        'Gall plant a phobl ifanc siarad â {name} ar {number}, am ddim ac yn gyfrinachol, unrhyw bryd. Gallan nhw hefyd sgwrsio ar WhatsApp drwy 147.ch, neu anfon e-bost at beratung@147.ch.',
    },
    'emergency-144-ch': {
      about: 'ambiwlans, am ddim',
    },
    'police-117-ch': {
      about:
        'yr heddlu, ar gyfer plentyn mewn perygl nawr, am ddim. Mae galwadau brys yn cael eu recordio ac yn dangos eich rhif',
    },
    clickandstop: {
      about:
        'Rhoi gwybod am ddelweddau rhywiol o blant ar-lein, mewn ychydig o gliciau. Nid yw’r ffurflen yn rhoi unrhyw fanylion amdanoch chi i’r awdurdodau troseddol.',
    },
  },
} satisfies RegionWords<typeof ch>;
