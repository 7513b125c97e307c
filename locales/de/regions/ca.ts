/** German: the name of Canada and the words about the services whose home is data/regions/ca. */
import type ca from '@/data/regions/ca';
import type { RegionWords } from '../../words';

export default {
  name: 'Kanada',
  services: {
    'talking-for-change': {
      about:
        'Ein anonymes Hilfetelefon und ein anonymer Chat für Menschen jeden Alters, die sich wegen eines sexuellen Interesses an Kindern Sorgen machen, und kostenlose Psychotherapie für Erwachsene, die nicht anonym ist.',
      talk: 'Sie können mit jemandem über das sprechen, was Ihnen Sorgen macht, ohne Ihren Namen zu nennen.',
    },
    'suicide-crisis-988-ca': {
      about: 'Per Anruf oder SMS, auf Englisch oder Französisch.',
      helpNow:
        'Sie wissen nicht mehr weiter? Rufen Sie die {number} an oder schreiben Sie eine SMS, kostenlos, jederzeit, auf Englisch oder Französisch.',
    },
    'kids-help-phone': {
      young: 'Für junge Menschen: {name}, SMS mit dem Wort CONNECT an die {number}, kostenlos, jederzeit',
      youngFull:
        'Junge Menschen in ganz Kanada erreichen {name} mit einer SMS mit dem Wort CONNECT an die {number}, kostenlos, jederzeit.',
    },
    'emergency-911-ca': {
      about:
        'im Notfall. Wenn ein Kind in unmittelbarer Gefahr ist, können Sie auch die örtliche Polizei anrufen',
    },
    'cybertip-ca': {
      about: 'Kanadas Meldestelle für sexuelle Ausbeutung von Kindern im Internet.',
    },
  },
} satisfies RegionWords<typeof ca>;
