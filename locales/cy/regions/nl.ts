/** Welsh: the name of the Netherlands and the words about the services whose home is data/regions/nl. */
import type nl from '@/data/regions/nl';
import type { RegionWords } from '../../words';

export default {
  name: 'Yr Iseldiroedd',
  services: {
    'stop-it-now-nl': {
      about:
        'Llinell gymorth ddienw am ddim i bobl sy’n poeni am eu teimladau rhywiol neu eu hymddygiad rhywiol eu hunain tuag at unrhyw un o dan 18 oed, i’r bobl o’u cwmpas, fel partneriaid a theulu, ac i weithwyr proffesiynol. Offlimits sy’n ei rhedeg.',
      confidential: 'Dienw.',
    },
    'zelfmoordpreventie-113': {
      about: 'Atal hunanladdiad. Gallwch ffonio, neu sgwrsio ar ei wefan, yn ddienw.',
      helpNow: 'Yn ei chael hi’n anodd ymdopi? {name}: ffoniwch {number}, neu {otherNumber} am ddim.',
    },
    'emergency-112-nl': {
      about: 'mewn argyfwng',
    },
    'veilig-thuis': {
      about: 'I unrhyw un sy’n poeni am ddiogelwch plentyn gartref.',
    },
    kindertelefoon: {
      young: 'Rhwng 8 a 18 oed? {name}: {number}, am ddim ac yn ddienw',
      youngFull:
        'Os ydych chi rhwng 8 a 18 oed, gallwch ffonio {name} ar {number}. Mae am ddim ac yn ddienw.',
    },
    'meldpunt-kinderporno': {
      about:
        'Llinell Offlimits ar gyfer rhoi gwybod am ddelweddau rhywiol o blant. Dim ond delweddau sydd ar-lein yn gyhoeddus ac sydd â chyfeiriad gwe y gall hi edrych arnyn nhw. Mae adroddiadau’n cael eu trin yn gyfrinachol.',
    },
  },
} satisfies RegionWords<typeof nl>;
