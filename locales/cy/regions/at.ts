/** Welsh: the name of Austria and the words about the services whose home is data/regions/at. */
import type at from '@/data/regions/at';
import type { RegionWords } from '../../words';

export default {
  name: 'Awstria',
  services: {
    'nicht-taeter-werden-at': {
      about:
        'Rhaglen therapi â thâl yn Fienna, a gynhelir gan Männerberatung Wien, i ddynion sy’n cael eu denu’n rhywiol at blant ac nad ydyn nhw wedi troseddu.',
    },
    'telefonseelsorge-at': {
      about: 'Llinell argyfwng i Awstria gyfan, ddydd a nos. Caiff pob galwad ei thrin yn gyfrinachol.',
      helpNow: 'Yn ei chael hi’n anodd ymdopi? {name}, {number}, am ddim, unrhyw bryd.',
    },
    'rat-auf-draht-147': {
      young: 'Yn blentyn neu’n berson ifanc? {name}: {number}, am ddim ac yn ddienw, unrhyw bryd',
      youngFull:
        'Gall plant a phobl ifanc ffonio {name} ar {number}, am ddim ac yn ddienw, unrhyw bryd, o unrhyw le yn Awstria. Nid yw’r alwad yn ymddangos ar y bil ffôn. Gall oedolion sy’n agos at blentyn ffonio hefyd.',
    },
    'emergency-144-at': {
      about: 'ambiwlans, am ddim, ddydd a nos',
    },
    'police-133-at': {
      about: 'yr heddlu, ar gyfer plentyn mewn perygl nawr, am ddim, ddydd a nos',
    },
    stopline: {
      about:
        'Rhoi gwybod am ddelweddau rhywiol o blant ar-lein, gyda’i ffurflen neu drwy e-bost at office@stopline.at. Mae Stopline yn delio ag adroddiad o fewn un diwrnod gwaith, ac yn anfon cynnwys anghyfreithlon ymlaen at y Bundeskriminalamt (heddlu troseddol ffederal Awstria) ac at ei linell bartner yn rhwydwaith INHOPE.',
    },
  },
} satisfies RegionWords<typeof at>;
