/** Norwegian (Bokmål): the name of New Zealand and the words about the services whose home is data/regions/nz. */
import type nz from '@/data/regions/nz';
import type { RegionWords } from '../../words';

export default {
  name: 'New Zealand',
  services: {
    'safe-to-talk': {
      confidential: 'Fortrolig hjelp og støtte.',
    },
    'stop-nz': {
      about:
        'For Sørøya (Te Waipounamu): gratis spesialisert utredning og tiltak for personer som har utøvd skadelig seksuell atferd. Ta kontakt for en fortrolig samtale.',
    },
    'safe-network': {
      about: 'For den nordlige delen av Nordøya.',
    },
    wellstop: {
      about: 'For den sørlige delen av Nordøya.',
    },
    'need-to-talk-1737': {
      about: 'Gratis å ringe eller sende SMS fra alle fasttelefoner og mobiltelefoner.',
      helpNow: 'Har du det vanskelig? Ring {number} eller send SMS til {text}, gratis, når som helst.',
    },
    'emergency-111-nz': {
      about: 'hvis du eller noen du kjenner, er i umiddelbar fare',
    },
    'dia-nz': {
      about:
        'Skjemaet til Department of Internal Affairs for å melde fra om materiale som viser seksuell utnyttelse av barn på nett. Du trenger ikke å oppgi e-postadresse. Hvis du kommer over slikt materiale ved et uhell, forlat nettstedet med en gang.',
    },
  },
} satisfies RegionWords<typeof nz>;
