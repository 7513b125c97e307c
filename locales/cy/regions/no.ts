/** Welsh: the name of Norway and the words about the services whose home is data/regions/no. */
import type no from '@/data/regions/no';
import type { RegionWords } from '../../words';

export default {
  name: 'Norwy',
  services: {
    'det-finnes-hjelp': {
      about:
        'Sgwrs ddienw â seicolegydd, i oedolion (18 oed a throsodd) sydd â diddordeb rhywiol mewn plant. Caiff y sgwrs ei dileu pan fydd yn dod i ben; caiff eich cyfeiriad IP a’r amser y byddwch chi’n dechrau eu cadw am 7 diwrnod. I drefnu triniaeth, rhaid i chi roi eich enw a’ch rhif adnabod cenedlaethol, ac mae’r ffi arferol i gleifion yn daladwy am driniaeth.',
      linkLabel: 'Sgwrsio â seicolegydd heb ddweud pwy ydych chi',
      talk: 'Gallwch sgwrsio â seicolegydd am yr hyn sy’n eich poeni, heb ddweud pwy ydych chi.',
      whenYouCall:
        'Rydych chi’n sgwrsio â seicolegydd, sy’n gallu rhoi arweiniad i chi, heb ddweud pwy ydych chi. Os nad yw’r sgwrs yn gweithio, mae’r gwasanaeth yn dweud y gallwch chi ffonio 800 99 900.',
      passesOnFull:
        'Caiff yr hyn rydych chi’n ei ysgrifennu yn y sgwrs ei ddileu pan ddaw’r sgwrs i ben. Caiff eich cyfeiriad IP a’r amser y byddwch chi’n dechrau sgwrs eu cadw am 7 diwrnod, ac yna eu dileu; mae’r gwasanaeth yn esbonio pam ar ei dudalen preifatrwydd. I drefnu triniaeth, rhaid i chi roi eich enw a’ch rhif adnabod cenedlaethol. Mae’r ffi arferol i gleifion yn daladwy am driniaeth.',
    },
    'kirkens-sos': {
      about: 'Llinell argyfwng, ar agor bob dydd, ddydd a nos. Nid ydyn nhw’n gweld eich rhif.',
      helpNow:
        'Yn ei chael hi’n anodd ymdopi? Ffoniwch {name} ar {number}, unrhyw bryd: nid yw eich rhif yn cael ei ddangos. Mae’n costio’r un faint â ffonio llinell dir arferol.',
    },
    alarmtelefonen: {
      young:
        'Yn blentyn neu’n berson ifanc? {name}, llinell y gwasanaeth lles plant: {number}, am ddim ac yn ddienw, unrhyw bryd. Caiff pob cyswllt ei gofnodi.',
      youngFull:
        'Gall plant a phobl ifanc gysylltu â {name}, llinell y gwasanaeth lles plant, ar {number}, am ddim ac yn ddienw, unrhyw bryd. Caiff pob cyswllt ei gofnodi a’i ysgrifennu.',
    },
    'emergency-113-no': {
      about: 'argyfyngau meddygol, pan fydd yn fater o fywyd neu farwolaeth',
    },
    'police-112-no': {
      about:
        'yr heddlu, ar gyfer plentyn mewn perygl nawr. Mae galwadau brys yn rhannu eich enw a’ch lleoliad',
    },
    'politiet-tips': {
      about:
        'Tudalen yr heddlu yn Norwy ar gyfer rhoi gwybod am wefannau sydd â deunydd cam-drin plant yn rhywiol; Kripos sy’n delio â’r adroddiadau. Does dim rhaid i chi roi eich cyfeiriad e-bost: os gwnewch chi, byddwch chi’n cael cyfeirnod.',
    },
  },
} satisfies RegionWords<typeof no>;
