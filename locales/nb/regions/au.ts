/** Norwegian (Bokmål): the name of Australia and the words about the services whose home is data/regions/au. */
import type au from '@/data/regions/au';
import type { RegionWords } from '../../words';

export default {
  name: 'Australia',
  services: {
    'stop-it-now-au': {
      confidential: 'Anonym: Hjelpetelefonen vet bare det du velger å fortelle.',
      // "Significant harm", never "alvorlig" (serious): the service's own threshold.
      passesOnShort:
        'Hvis de har grunn til å tro at et lovbrudd har skjedd (også på nett), eller at et barn risikerer betydelig skade, melder de fra til de aktuelle myndighetene, for eksempel politiet eller barnevernet.',
      passesOnFull:
        'Hjelpetelefonen er anonym, og de har bare de opplysningene du velger å dele. Stop It Now! Australia følger alle regler om lovpålagt meldeplikt: Hvis de får rimelig grunn til å tro at et lovbrudd har skjedd, også et lovbrudd på nett, eller at et barn risikerer betydelig skade, melder de fra til de aktuelle myndighetene, for eksempel politiet, barnevernet eller begge.',
    },
    'lifeline-au': {
      about: 'Krisestøtte hele døgnet. Du kan også sende SMS.',
      helpNow: 'Har du det vanskelig? {name}, {number}, når som helst. Eller send SMS til {text}.',
    },
    'kids-helpline': {
      young: 'Er du 5 til 25 år? {name}: {number}, når som helst',
      youngFull:
        'Hvis du er 5 til 25 år, kan du snakke med {name}: {number}, når som helst. Samtalene er gratis, private og fortrolige, unntatt når de har plikt til å gripe inn: for eksempel hvis et barn blir skadet eller utsatt for omsorgssvikt, hvis noen tenker på å skade seg selv, eller hvis noen har skadet eller kan komme til å skade noen andre.',
    },
    esafety: {
      about: 'Meld fra om ulovlig innhold på nett, blant annet seksuelle bilder av barn.',
    },
    'crime-stoppers-au': {
      about: 'Meld fra om et lovbrudd på telefon, uten å oppgi navnet ditt.',
    },
    accce: {
      about:
        'Meld fra om seksuell utnyttelse av barn på nett eller om grooming, hvis du er i Australia. Meldingen går til Australian Federal Police.',
    },
    'emergency-000-au': {
      about: 'i en nødsituasjon',
    },
  },
} satisfies RegionWords<typeof au>;
