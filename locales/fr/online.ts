/** French: the words about the online programmes open to anyone, anywhere. */
import type { ONLINE } from '@/data/online';
import type { ServicesWords } from '../words';

export default {
  'troubled-desire': {
    about:
      'Auto-évaluation et aide en autonomie anonymes et gratuites dans votre navigateur, en anglais et dans d’autres langues.',
  },
  redirection: {
    about:
      'Un programme anonyme d’aide en autonomie, basé sur la thérapie cognitive et comportementale (TCC). En anglais, en espagnol et en finnois.',
  },
  'prevent-it': {
    about:
      'Une thérapie en ligne anonyme et gratuite, avec le soutien d’un thérapeute, pour les adultes. C’est un programme de recherche : certaines personnes attendent avant le début de leur thérapie, et il n’accepte peut-être pas de nouvelles personnes.',
  },
} satisfies ServicesWords<typeof ONLINE>;
