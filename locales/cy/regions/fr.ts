/** Welsh: the name of France and the words about the services whose home is data/regions/fr. */
import type fr from '@/data/regions/fr';
import type { RegionWords } from '../../words';

export default {
  name: 'Ffrainc',
  services: {
    'stop-fr': {
      whenYouCall:
        'Mae STOP, sy’n cael ei redeg gan yr FFCRIAVS, ar gyfer pobl sy’n cael eu denu’n rhywiol at blant, i’w helpu i gael gofal cyn iddyn nhw weithredu ar hynny. Ar ôl neges groeso, rydych chi’n teipio rhif eich département (lle rydych chi’n byw, neu lle cawsoch chi eich geni). Byddwch chi’n cael eich trosglwyddo i glinigydd yno (seicolegydd, seiciatrydd neu nyrs), a fydd yn asesu beth sydd ei angen arnoch chi ac yn eich cyfeirio at ofal addas. Mae’r gofal hwnnw’n dod o dan y gyfraith ar gyfrinachedd proffesiynol.',
    },
    'suicide-3114': {
      about:
        'Y llinell genedlaethol atal hunanladdiad. Mae galwadau’n gyfrinachol. I unrhyw un mewn trallod, unrhyw un sy’n poeni am rywun, unrhyw un mewn profedigaeth, ac i weithwyr proffesiynol.',
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Ffoniwch {number}, y llinell genedlaethol atal hunanladdiad, am ddim, unrhyw bryd.',
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
  },
} satisfies RegionWords<typeof fr>;
