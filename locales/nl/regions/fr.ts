/** Dutch: the name of France and the words about the services whose home is data/regions/fr. */
import type fr from '@/data/regions/fr';
import type { RegionWords } from '../../words';

export default {
  name: 'Frankrijk',
  services: {
    'stop-fr': {
      whenYouCall:
        'STOP wordt uitgevoerd door de FFCRIAVS. STOP is er voor mensen die zich seksueel aangetrokken voelen tot kinderen, om hen te helpen zorg te krijgen voordat ze ernaar handelen. Na een welkomstbericht toetst u het nummer van uw département in (waar u woont, of waar u bent geboren). U wordt dan doorverbonden met een zorgverlener daar (een psycholoog, psychiater of verpleegkundige). Die bekijkt wat u nodig heeft en verwijst u door naar passende zorg. Voor die zorg geldt de wet op het beroepsgeheim.',
    },
    'suicide-3114': {
      about:
        'De nationale lijn voor zelfmoordpreventie. Gesprekken zijn vertrouwelijk. Voor iedereen die het zwaar heeft, iedereen die zich zorgen maakt over iemand, iedereen die rouwt, en voor professionals.',
      helpNow:
        'Heeft u het moeilijk? Bel {number}, de nationale lijn voor zelfmoordpreventie, gratis, op elk moment.',
    },
    'emergency-112-fr': {
      about: 'in een noodsituatie',
    },
    pharos: {
      about:
        'De dienst van de politie en de gendarmerie om illegale inhoud op internet te melden, ook seksuele afbeeldingen van kinderen. De dienst is gratis, en er zijn 24 uur per dag medewerkers.',
    },
    'point-de-contact': {
      about:
        'Illegale inhoud op internet melden, via het formulier, de browserextensie of de app. Point de Contact zet zich ervoor in dat duidelijk illegale inhoud wordt verwijderd door de bedrijven die de inhoud hosten, en informeert de autoriteiten.',
    },
  },
} satisfies RegionWords<typeof fr>;
