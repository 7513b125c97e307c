/** Welsh: the name of New Zealand and the words about the services whose home is data/regions/nz. */
import type nz from '@/data/regions/nz';
import type { RegionWords } from '../../words';

export default {
  name: 'Seland Newydd',
  services: {
    'safe-to-talk': {
      confidential: 'Help a chymorth cyfrinachol.',
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
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Ffoniwch {number} neu anfonwch neges destun i {text}, am ddim, unrhyw bryd.',
    },
    'emergency-111-nz': {
      about: 'os ydych chi, neu rywun rydych chi’n ei adnabod, mewn perygl uniongyrchol',
    },
    'dia-nz': {
      about:
        'Ffurflen yr Adran Materion Mewnol (Department of Internal Affairs) ar gyfer rhoi gwybod am ddeunydd camfanteisio rhywiol ar blant ar-lein. Does dim rhaid i chi roi cyfeiriad e-bost. Os byddwch chi’n dod ar draws deunydd o’r fath yn ddamweiniol, gadewch y wefan ar unwaith.',
    },
  },
} satisfies RegionWords<typeof nz>;
