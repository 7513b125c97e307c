/** Dutch: the name of New Zealand and the words about the services whose home is data/regions/nz. */
import type nz from '@/data/regions/nz';
import type { RegionWords } from '../../words';

export default {
  name: 'Nieuw-Zeeland',
  services: {
    'safe-to-talk': {
      confidential: 'Vertrouwelijke hulp en steun.',
    },
    'stop-nz': {
      about:
        'Voor het Zuidereiland (Te Waipounamu): gratis beoordeling en hulp door specialisten, voor mensen die schadelijk seksueel gedrag hebben vertoond. Neem contact op voor een vertrouwelijk gesprek.',
    },
    'safe-network': {
      about: 'Voor het noordelijke deel van het Noordereiland.',
    },
    wellstop: {
      about: 'Voor het zuidelijke deel van het Noordereiland.',
    },
    'need-to-talk-1737': {
      about: 'Gratis bellen of sms’en vanaf elke vaste of mobiele telefoon.',
      helpNow: 'Heeft u het moeilijk? Bel {number} of sms naar {text}, gratis, op elk moment.',
    },
    'emergency-111-nz': {
      about: 'als u of iemand die u kent in direct gevaar is',
    },
    'dia-nz': {
      about:
        'Het formulier van het Department of Internal Affairs om online materiaal met seksuele uitbuiting van kinderen te melden. U hoeft geen e-mailadres te geven. Komt u zulk materiaal per ongeluk tegen? Verlaat de website dan meteen.',
    },
  },
} satisfies RegionWords<typeof nz>;
