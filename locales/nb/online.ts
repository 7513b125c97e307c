/** Norwegian (Bokmål): the words about the online programmes open to anyone, anywhere. */
import type { ONLINE } from '@/data/online';
import type { ServicesWords } from '../words';

export default {
  'troubled-desire': {
    about: 'Anonym, gratis selvvurdering og selvhjelp i nettleseren din, på engelsk og andre språk.',
  },
  redirection: {
    about:
      'Et anonymt selvhjelpsprogram basert på kognitiv atferdsterapi (KAT). På engelsk, spansk og finsk.',
  },
  'prevent-it': {
    about:
      'Anonym, gratis terapi på nett med støtte fra en terapeut, for voksne. Det er et forskningsprogram: Noen venter en stund før terapien starter, og programmet tar kanskje ikke inn nye deltakere nå.',
  },
} satisfies ServicesWords<typeof ONLINE>;
