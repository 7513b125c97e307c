/** Dutch: the name of Belgium and the words about the services whose home is data/regions/be. */
import type be from '@/data/regions/be';
import type { RegionWords } from '../../words';

export default {
  name: 'België',
  services: {
    'stop-it-now-bruxelles': {
      confidential:
        'Het nummer staat niet op uw telefoonfactuur. U hoeft niet te zeggen wie u bent of waar u precies woont.',
      whenYouCall:
        'Schrijft u liever? Dan kunt u elke maandag van 14.00 tot 16.00 uur (Belgische tijd) chatten via Facebook, Messenger, Instagram of LinkedIn, of een e-mail sturen naar contact@stopitnow.brussels, als u wilt onder een verzonnen naam. In de chat ziet de hulplijn alleen wat u heeft opgeslagen op het platform dat u kiest. Het platform zelf ziet wat u daar opslaat.',
      passesOnShort:
        'Alleen als iemand jonger dan 18, of een andere kwetsbare persoon, in direct gevaar is, kan de hulplijn de autoriteiten inlichten.',
      passesOnFull:
        'De mensen die u te woord staan, zijn gebonden aan het beroepsgeheim. Alleen als iemand jonger dan 18, of een andere kwetsbare persoon, in direct gevaar is, kunnen ze de autoriteiten inlichten.',
    },
    'zelfmoordlijn-1813': {
      about:
        'De lijn voor zelfmoordpreventie in Vlaanderen. Bellen is anoniem. Op de website kunt u ook chatten of e-mailen.',
      helpNow: 'Heeft u het moeilijk? Bel in Vlaanderen de Zelfmoordlijn {number}, gratis, op elk moment.',
      helpNowOr: 'Of bel in Vlaanderen de Zelfmoordlijn {number}, gratis, op elk moment.',
    },
    'centre-prevention-suicide': {
      about: 'Een crisislijn: iemand luistert naar u, anoniem.',
      helpNow: 'Heeft u het moeilijk? Bel het {name} op {number}, op elk moment, anoniem.',
      helpNowOr: 'Of bel het {name} op {number}, op elk moment, anoniem.',
    },
    'emergency-112-be': {
      about: 'in een noodsituatie, gratis',
    },
    'child-focus': {
      about:
        'Seksuele afbeeldingen van kinderen melden bij Child Focus. De medewerkers zijn gebonden aan het beroepsgeheim.',
    },
  },
} satisfies RegionWords<typeof be>;
