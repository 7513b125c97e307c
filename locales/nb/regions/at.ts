/** Norwegian (Bokmål): the name of Austria and the words about the services whose home is data/regions/at. */
import type at from '@/data/regions/at';
import type { RegionWords } from '../../words';

export default {
  name: 'Østerrike',
  services: {
    'nicht-taeter-werden-at': {
      about:
        'Et terapiprogram som koster penger, i Wien, drevet av Männerberatung Wien, for menn som er seksuelt tiltrukket av barn og ikke har begått lovbrudd.',
    },
    'telefonseelsorge-at': {
      about: 'En krisetelefon for hele Østerrike, hele døgnet. Alle samtaler behandles fortrolig.',
      helpNow: 'Har du det vanskelig? {name}, {number}, gratis, når som helst.',
    },
    'rat-auf-draht-147': {
      young: 'Barn eller ungdom? {name}: {number}, gratis og anonymt, når som helst',
      youngFull:
        'Barn og unge kan ringe {name} på {number}, gratis og anonymt, når som helst, fra hele Østerrike. Samtalen vises ikke på telefonregningen. Voksne som står et barn nær, kan også ringe.',
    },
    'emergency-144-at': {
      about: 'ambulanse, gratis, hele døgnet',
    },
    'police-133-at': {
      about: 'politiet, når et barn er i fare nå, gratis, hele døgnet',
    },
    stopline: {
      about:
        'Meld fra om seksuelle bilder av barn på nettet, med skjemaet eller på e-post til office@stopline.at. Stopline behandler en melding innen én virkedag og sender ulovlig innhold videre til Bundeskriminalamt (Østerrikes føderale kriminalpoliti) og til partnertjenesten sin i INHOPE-nettverket.',
    },
  },
} satisfies RegionWords<typeof at>;
