/** Norwegian (Bokmål): the name of France and the words about the services whose home is data/regions/fr. */
import type fr from '@/data/regions/fr';
import type { RegionWords } from '../../words';

export default {
  name: 'Frankrike',
  services: {
    // "Département" stays French: a Norwegian "departement" is a ministry.
    'stop-fr': {
      whenYouCall:
        'STOP, som drives av FFCRIAVS, er for personer som er seksuelt tiltrukket av barn, for å hjelpe dem å få behandling før de handler ut fra den. Etter en velkomstmelding taster du inn nummeret til ditt département (der du bor, eller der du er født). Du blir satt over til en behandler der (en psykolog, psykiater eller sykepleier), som vurderer hva du trenger, og henviser deg til passende behandling. Behandlingen er underlagt lovbestemt taushetsplikt.',
    },
    'suicide-3114': {
      about:
        'Den nasjonale linjen for selvmordsforebygging. Samtalene er fortrolige. For alle som har det vanskelig, alle som er bekymret for noen, alle som har mistet noen, og fagfolk.',
      helpNow: 'Har du det vanskelig? Ring {number}, den nasjonale linjen for selvmordsforebygging, gratis, når som helst.',
    },
    'emergency-112-fr': {
      about: 'i en nødsituasjon',
    },
    pharos: {
      about:
        'Politiets og gendarmeriets tjeneste for å melde fra om ulovlig innhold på nett, blant annet seksuelle bilder av barn. Den er gratis og bemannet hele døgnet.',
    },
    'point-de-contact': {
      about:
        'Meld fra om ulovlig innhold på nett med skjemaet, nettleserutvidelsen eller appen. Tjenesten arbeider for at klart ulovlig innhold blir fjernet av selskapene som lagrer det, og informerer myndighetene.',
    },
  },
} satisfies RegionWords<typeof fr>;
