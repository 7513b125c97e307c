/** Welsh: the name of Germany and the words about the services whose home is data/regions/de. */
import type de from '@/data/regions/de';
import type { RegionWords } from '../../words';

export default {
  name: 'Yr Almaen',
  services: {
    'kein-taeter-werden': {
      about:
        'Therapi am ddim dan gyfrinachedd meddygol mewn tua 11 lle yn yr Almaen. Gall eich cyswllt cyntaf fod yn ddienw.',
    },
    telefonseelsorge: {
      about:
        'Llinell argyfwng ddienw am ddim, 24 awr y dydd. Nid yw’r rhif yn ymddangos ar eich bil ffôn. Sgwrs ac e-bost hefyd.',
      helpNow: 'Yn ei chael hi’n anodd ymdopi? {name}, {number}, am ddim, unrhyw bryd.',
    },
    'nummer-gegen-kummer': {
      young: 'Yn blentyn neu’n berson ifanc? {name}: {number}, am ddim ac yn ddienw',
      youngFull:
        'Gall plant a phobl ifanc siarad â {name} ar {number}, am ddim ac yn ddienw. Gallwch hefyd sgwrsio neu anfon e-bost ar ei wefan.',
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
  },
} satisfies RegionWords<typeof de>;
