/** Dutch: the name of Austria and the words about the services whose home is data/regions/at. */
import type at from '@/data/regions/at';
import type { RegionWords } from '../../words';

export default {
  name: 'Oostenrijk',
  services: {
    'nicht-taeter-werden-at': {
      about:
        'Een betaald therapieprogramma in Wenen, van Männerberatung Wien, voor mannen die zich seksueel aangetrokken voelen tot kinderen en geen dader zijn geworden.',
    },
    'telefonseelsorge-at': {
      about: 'Een crisislijn voor heel Oostenrijk, dag en nacht. Elk gesprek wordt vertrouwelijk behandeld.',
      helpNow: 'Heeft u het moeilijk? {name}, {number}, gratis, op elk moment.',
    },
    'rat-auf-draht-147': {
      young: 'Kind of jongere? {name}: {number}, gratis en anoniem, op elk moment',
      youngFull:
        'Kinderen en jongeren kunnen {name} gratis en anoniem bellen via {number}, op elk moment en vanuit heel Oostenrijk. Het gesprek staat niet op de telefoonrekening. Ook volwassenen die dicht bij een kind staan, kunnen bellen.',
    },
    'emergency-144-at': {
      about: 'ambulance, gratis, dag en nacht',
    },
    'police-133-at': {
      about: 'de politie, voor een kind dat nu in gevaar is, gratis, dag en nacht',
    },
    stopline: {
      about:
        'Seksuele afbeeldingen van kinderen online melden, via het formulier of per e-mail naar office@stopline.at. Stopline behandelt een melding binnen één werkdag en geeft illegale inhoud door aan het Bundeskriminalamt (de Oostenrijkse federale recherche) en aan het partnermeldpunt in het INHOPE-netwerk.',
    },
  },
} satisfies RegionWords<typeof at>;
