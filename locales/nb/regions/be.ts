/** Norwegian (Bokmål): the name of Belgium and the words about the services whose home is data/regions/be. */
import type be from '@/data/regions/be';
import type { RegionWords } from '../../words';

export default {
  name: 'Belgia',
  services: {
    'stop-it-now-bruxelles': {
      confidential:
        'Vises ikke på telefonregningen. Du trenger ikke å si hvem du er eller nøyaktig hvor du bor.',
      whenYouCall:
        'Hvis du heller vil skrive, kan du chatte på mandager fra kl. 14.00 til kl. 16.00 (belgisk tid) på Facebook, Messenger, Instagram eller LinkedIn, eller sende e-post til contact@stopitnow.brussels, med et oppdiktet navn hvis du vil. I chatten ser hjelpetelefonen bare det du har lagret på plattformen du velger. Plattformen selv ser det du lagrer der.',
      // Only then, and "kan" (may), never "vil" (will).
      passesOnShort:
        'De kan si fra til myndighetene bare hvis noen under 18 år, eller en annen sårbar person, er i umiddelbar fare.',
      passesOnFull:
        'De som svarer, har taushetsplikt. De kan si fra til myndighetene bare hvis noen under 18 år, eller en annen sårbar person, er i umiddelbar fare.',
    },
    'zelfmoordlijn-1813': {
      about:
        'Linjen for selvmordsforebygging i Flandern. Samtalene er anonyme. Du kan også chatte eller sende e-post på nettstedet.',
      helpNow: 'Har du det vanskelig? I Flandern kan du ringe Zelfmoordlijn på {number}, gratis, når som helst.',
      helpNowOr: 'Eller ring Zelfmoordlijn på {number} hvis du er i Flandern, gratis, når som helst.',
    },
    'centre-prevention-suicide': {
      about: 'En krisetelefon: Noen lytter til deg, anonymt.',
      helpNow: 'Har du det vanskelig? Ring {name} på {number}, når som helst, anonymt.',
      helpNowOr: 'Eller ring {name} på {number}, når som helst, anonymt.',
    },
    'emergency-112-be': {
      about: 'i en nødsituasjon, gratis',
    },
    'child-focus': {
      about: 'Meld fra om seksuelle bilder av barn til Child Focus. De ansatte har taushetsplikt.',
    },
  },
} satisfies RegionWords<typeof be>;
