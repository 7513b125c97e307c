/** Dutch: the name of Germany and the words about the services whose home is data/regions/de. */
import type de from '@/data/regions/de';
import type { RegionWords } from '../../words';

export default {
  name: 'Duitsland',
  services: {
    'kein-taeter-werden': {
      about:
        'Gratis therapie onder medisch beroepsgeheim op ongeveer 11 plaatsen in Duitsland. Uw eerste contact kan anoniem zijn.',
    },
    telefonseelsorge: {
      about:
        'Een gratis, anonieme crisislijn, 24 uur per dag. Het nummer staat niet op uw telefoonrekening. Ook via chat en e-mail.',
      helpNow: 'Heeft u het moeilijk? {name}, {number}, gratis, op elk moment.',
    },
    'nummer-gegen-kummer': {
      young: 'Kind of jongere? {name}: {number}, gratis en anoniem',
      youngFull:
        'Kinderen en jongeren kunnen gratis en anoniem praten met {name} via {number}. Op de website kunt u ook chatten of e-mailen.',
    },
    'emergency-112-de': {
      about: 'brandweer of ambulance, gratis',
    },
    'police-110-de': {
      about: 'de politie, voor een kind dat nu in gevaar is, gratis',
    },
    'internet-beschwerdestelle': {
      about:
        'Het meldpunt voor internetklachten van eco en FSM. Om seksuele afbeeldingen van kinderen te melden, hoeft u alleen te zeggen waar u ze heeft gevonden: geen naam of e-mailadres.',
    },
  },
} satisfies RegionWords<typeof de>;
