/** Welsh: the name of Belgium and the words about the services whose home is data/regions/be. */
import type be from '@/data/regions/be';
import type { RegionWords } from '../../words';

export default {
  name: 'Gwlad Belg',
  services: {
    'stop-it-now-bruxelles': {
      confidential:
        'Nid yw’n ymddangos ar eich bil ffôn. Does dim rhaid i chi ddweud pwy ydych chi na ble yn union rydych chi’n byw.',
      whenYouCall:
        'Os yw’n well gennych chi ysgrifennu, gallwch sgwrsio ar ddyddiau Llun rhwng 2yh a 4yh (amser Gwlad Belg) ar Facebook, Messenger, Instagram neu LinkedIn, neu anfon e-bost i contact@stopitnow.brussels, gan ddefnyddio enw ffug os hoffech chi. Yn y sgwrs, dim ond yr hyn rydych chi wedi’i gadw ar y platfform a ddewiswch chi y mae’r llinell gymorth yn ei weld. Mae’r platfform ei hun yn gweld yr hyn rydych chi’n ei gadw yno.',
      passesOnShort:
        'Dim ond os yw rhywun o dan 18 oed, neu unrhyw berson bregus arall, mewn perygl uniongyrchol y gallan nhw ddweud wrth yr awdurdodau.',
      passesOnFull:
        'Mae’r bobl sy’n ateb wedi’u rhwymo gan gyfrinachedd proffesiynol. Dim ond os yw rhywun o dan 18 oed, neu unrhyw berson bregus arall, mewn perygl uniongyrchol y gallan nhw ddweud wrth yr awdurdodau.',
    },
    'zelfmoordlijn-1813': {
      about:
        'Y llinell atal hunanladdiad yn Fflandrys. Mae galwadau’n ddienw. Gallwch hefyd sgwrsio neu anfon e-bost ar ei gwefan.',
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Yn Fflandrys, ffoniwch Zelfmoordlijn {number}, am ddim, unrhyw bryd.',
      helpNowOr: 'Neu, yn Fflandrys, ffoniwch Zelfmoordlijn {number}, am ddim, unrhyw bryd.',
    },
    'centre-prevention-suicide': {
      about: 'Llinell argyfwng: bydd rhywun yn gwrando arnoch chi, yn ddienw.',
      helpNow: 'Yn ei chael hi’n anodd ymdopi? Ffoniwch {name} ar {number}, unrhyw bryd, yn ddienw.',
      helpNowOr: 'Neu ffoniwch {name} ar {number}, unrhyw bryd, yn ddienw.',
    },
    'emergency-112-be': {
      about: 'mewn argyfwng, am ddim',
    },
    'child-focus': {
      about:
        'Rhoi gwybod i Child Focus am ddelweddau rhywiol o blant. Mae ei staff wedi’u rhwymo gan gyfrinachedd proffesiynol.',
    },
  },
} satisfies RegionWords<typeof be>;
