/** German: the name of Australia and the words about the services whose home is data/regions/au. */
import type au from '@/data/regions/au';
import type { RegionWords } from '../../words';

export default {
  name: 'Australien',
  services: {
    'stop-it-now-au': {
      confidential: 'Anonym: Das Hilfetelefon weiß nur das, was Sie ihm erzählen möchten.',
      passesOnShort:
        'Wenn das Hilfetelefon Grund zur Annahme hat, dass eine Straftat geschehen ist (auch im Internet) oder einem Kind erheblicher Schaden droht, meldet es dies den zuständigen Behörden, etwa der Polizei oder den Kinderschutzbehörden.',
      passesOnFull:
        'Das Hilfetelefon ist anonym und hat nur die Informationen, die Sie selbst mitteilen möchten. Stop It Now! Australia hält sich an alle gesetzlichen Meldepflichten: Wenn das Hilfetelefon begründet davon ausgeht, dass eine Straftat geschehen ist oder dass einem Kind erheblicher Schaden droht, einschließlich jeder Straftat im Internet, meldet es dies den zuständigen Behörden, darunter der Polizei, den Kinderschutzbehörden oder beiden.',
    },
    'lifeline-au': {
      about: 'Unterstützung in Krisen, 24 Stunden am Tag. Sie können auch eine SMS schreiben.',
      helpNow: 'Sie wissen nicht mehr weiter? {name}, {number}, jederzeit. Oder per SMS an {text}.',
    },
    'kids-helpline': {
      young: 'Zwischen 5 und 25? {name}: {number}, jederzeit',
      youngFull:
        'Wenn Sie zwischen 5 und 25 Jahre alt sind, können Sie mit {name} sprechen: {number}, jederzeit. Anrufe sind kostenlos, privat und vertraulich, außer wenn eine Fürsorgepflicht greift: etwa wenn ein Kind verletzt oder vernachlässigt wird, wenn jemand daran denkt, sich selbst zu verletzen, oder wenn jemand einer anderen Person geschadet hat oder schaden könnte.',
    },
    esafety: {
      about: 'Illegale Inhalte im Internet melden, auch Missbrauchsabbildungen.',
    },
    'crime-stoppers-au': {
      about: 'Eine Straftat telefonisch melden, ohne Ihren Namen zu nennen.',
    },
    accce: {
      about:
        'Sexuelle Ausbeutung von Kindern im Internet oder Grooming melden, wenn Sie in Australien sind. Die Meldung geht an die Australian Federal Police.',
    },
    'emergency-000-au': {
      about: 'im Notfall',
    },
  },
} satisfies RegionWords<typeof au>;
