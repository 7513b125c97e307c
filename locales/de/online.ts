/** German: the words about the online programmes open to anyone, anywhere. */
import type { ONLINE } from '@/data/online';
import type { ServicesWords } from '../words';

export default {
  'troubled-desire': {
    about: 'Anonyme, kostenlose Selbsteinschätzung und Selbsthilfe in Ihrem Browser, auf Englisch und in weiteren Sprachen.',
  },
  redirection: {
    about:
      'Ein anonymes Selbsthilfeprogramm auf Grundlage der kognitiven Verhaltenstherapie (KVT). Auf Englisch, Spanisch und Finnisch.',
  },
  'prevent-it': {
    about:
      'Anonyme, kostenlose Online-Therapie mit therapeutischer Begleitung, für Erwachsene. Es ist ein Forschungsprogramm: Bei manchen beginnt die Therapie erst nach einer Wartezeit, und vielleicht nimmt das Programm keine neuen Personen auf.',
  },
} satisfies ServicesWords<typeof ONLINE>;
