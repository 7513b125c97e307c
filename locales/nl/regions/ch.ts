/** Dutch: the name of Switzerland and the words about the services whose home is data/regions/ch. */
import type ch from '@/data/regions/ch';
import type { RegionWords } from '../../words';

export default {
  name: 'Zwitserland',
  services: {
    'kein-taeter-werden-ch': {
      about: 'De website noemt de plekken in Zwitserland die behandeling bieden.',
    },
    beforemore: {
      about:
        'Hulpverlening voor het Duitstalige deel van Zwitserland. Signpost heeft hiervoor geen gecontroleerde contactgegevens.',
    },
    'dis-no': {
      about:
        'Hulpverlening voor het Franstalige deel van Zwitserland. Signpost heeft hiervoor geen gecontroleerde contactgegevens.',
    },
    'dargebotene-hand-143': {
      about: 'Anoniem, op elk moment. Op de website kunt u ook chatten of mailen.',
      helpNow:
        'Heeft u het moeilijk? Bel {name} via {number}, op elk moment en anoniem. Een gesprek kost hoogstens CHF 0,20.',
    },
    'pro-juventute-147': {
      young: 'Kind of jongere? {name}: {number}, gratis en vertrouwelijk, op elk moment',
      youngFull:
        'Kinderen en jongeren kunnen gratis en vertrouwelijk praten met {name} via {number}, op elk moment. Ze kunnen ook chatten via WhatsApp op 147.ch, of mailen naar beratung@147.ch.',
    },
    'emergency-144-ch': {
      about: 'ambulance, gratis',
    },
    'police-117-ch': {
      about:
        'de politie, voor een kind dat nu in gevaar is, gratis. Noodoproepen worden opgenomen en uw nummer is zichtbaar',
    },
    clickandstop: {
      about:
        'Seksuele afbeeldingen van kinderen online melden, in een paar klikken. Het formulier geeft geen gegevens over u door aan de strafrechtelijke autoriteiten.',
    },
  },
} satisfies RegionWords<typeof ch>;
