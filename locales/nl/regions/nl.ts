/** Dutch: the name of the Netherlands and the words about the services whose home is data/regions/nl. */
import type nl from '@/data/regions/nl';
import type { RegionWords } from '../../words';

export default {
  name: 'Nederland',
  services: {
    'stop-it-now-nl': {
      about:
        'Een gratis, anonieme hulplijn voor mensen die zich zorgen maken over hun eigen seksuele gevoelens of gedrag richting minderjarigen, voor de mensen om hen heen, zoals partners en familie, en voor professionals. De hulplijn is onderdeel van Offlimits.',
      confidential: 'Anoniem.',
    },
    'zelfmoordpreventie-113': {
      about: 'Zelfmoordpreventie. U kunt anoniem bellen, of anoniem chatten op de website.',
      helpNow: 'Heeft u het moeilijk? {name}: bel {number}, of gratis {otherNumber}.',
    },
    'emergency-112-nl': {
      about: 'in een noodsituatie',
    },
    'veilig-thuis': {
      about: 'Voor iedereen die zich zorgen maakt over de veiligheid van een kind thuis.',
    },
    kindertelefoon: {
      young: 'Tussen 8 en 18 jaar? {name}: {number}, gratis en anoniem',
      youngFull:
        'Kinderen en jongeren van 8 tot 18 jaar kunnen {name} bellen op {number}. Dat is gratis en anoniem.',
    },
    'meldpunt-kinderporno': {
      about:
        'Het meldpunt van Offlimits om seksuele afbeeldingen van kinderen te melden. Het meldpunt kan alleen beeldmateriaal bekijken dat openbaar online staat en een webadres heeft. Meldingen worden vertrouwelijk behandeld.',
    },
  },
} satisfies RegionWords<typeof nl>;
