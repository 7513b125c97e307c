/** German: the name of the United Kingdom and the words about the services whose home is data/regions/uk. */
import type uk from '@/data/regions/uk';
import type { RegionWords } from '../../words';

export default {
  name: 'Vereinigtes Königreich',
  services: {
    'stop-it-now-uk': {
      about:
        'Ein vertrauliches Hilfetelefon für alle, die sich Sorgen wegen ihrer eigenen sexuellen Gedanken oder ihres sexuellen Verhaltens gegenüber Kindern machen, für Familie und Freundeskreis und für Fachleute.',
      confidential: 'Vertraulich: Sie müssen Ihren Namen nicht nennen.',
      languages: 'Auf Englisch oder Walisisch. Ein Dolmetscher kann zugeschaltet werden.',
      linkLabel: 'Live-Chat oder sichere Nachricht',
      whenYouCall:
        'Sie müssen weder Ihren Namen noch andere Angaben nennen, durch die man Sie identifizieren kann. Sie können darüber sprechen, was Ihnen Sorgen macht und was Sie als Nächstes tun könnten. Wenn Ihnen ein Gespräch zu viel ist, starten Sie stattdessen auf der Seite des Hilfetelefons einen Live-Chat oder schicken Sie eine sichere Nachricht.',
      passesOnShort:
        'Wenn Sie sich zu erkennen geben und zugleich etwas sagen, durch das ein Kind erkennbar wird, das missbraucht wurde oder gefährdet ist, oder das darauf hindeutet, dass jemand anderem Schaden droht, wird dies weitergegeben. Angaben zu Straftaten werden ebenfalls weitergegeben.',
      passesOnFull:
        'Sie müssen weder Ihren Namen noch andere Angaben nennen, durch die man Sie identifizieren kann. Wenn Sie Angaben machen, durch die man Sie identifizieren kann, und außerdem Informationen geben, durch die man ein Kind identifizieren kann, das missbraucht wurde oder dem Missbrauch droht, oder die darauf hindeuten, dass einer anderen Person Schaden droht, gibt das Hilfetelefon dies an die zuständigen Stellen weiter. Angaben zu Straftaten werden ebenfalls weitergegeben.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Kostenlose, anonyme Selbsthilfe, Informationen und Unterstützung, um damit aufzuhören, Missbrauchsabbildungen anzusehen oder sexuelle Gespräche mit Kindern zu führen.',
    },
    'stop-it-now-uk-someone-else': {},
    'stop-it-now-uk-child-behaviour': {
      about:
        'Für Eltern und Betreuungspersonen, die sich Sorgen wegen des sexuellen Verhaltens eines Kindes oder Jugendlichen machen.',
    },
    'stop-it-now-uk-faq': {
      about: 'Antworten auf häufig gestellte Fragen.',
    },
    childline: {
      young: 'Unter 19? {name}: {number}, jederzeit',
      youngFull:
        'Wenn Sie unter 19 sind, können Sie mit {name} sprechen: {number}, jederzeit, oder im 1-2-1-Chat.',
    },
    nspcc: {
      about:
        'Für Erwachsene, die sich Sorgen um ein Kind machen. Rufen Sie zu den unten genannten Zeiten an, oder melden Sie sich jederzeit online oder per E-Mail.',
      confidentiality:
        'Sie müssen nicht sagen, wer Sie sind. Wenn die NSPCC meint, dass ein Kind gefährdet sein könnte, ist sie verpflichtet, das, was Sie ihr erzählen, an andere Stellen weiterzugeben.',
    },
    samaritans: {
      about:
        'Jemand, mit dem Sie sprechen können, kostenlos und jederzeit, im Vereinigten Königreich und in Irland.',
      confidentiality:
        'Sie müssen Ihren Namen nicht nennen, und Samaritans gibt weder das, was Sie sagen, noch Ihre Angaben weiter, mit einigen Ausnahmen: Wenn Sie zum Beispiel Informationen geben, durch die man ein Kind oder eine gefährdete erwachsene Person identifizieren kann, und dieser Mensch Missbrauch oder Schaden erleidet, kann sich Samaritans nach einem Gespräch mit Ihnen an andere Stellen wenden.',
      helpNow: 'Sie wissen nicht mehr weiter? {name}, {number}, kostenlos, jederzeit.',
    },
    'emergency-999-uk': {
      about: 'im Notfall',
    },
    iwf: {
      about: 'Missbrauchsabbildungen melden. Sie müssen nur die Internetadresse angeben.',
    },
    ceop: {
      about: 'Sexuellen Missbrauch im Internet oder Grooming einer Person unter 18 melden.',
    },
  },
} satisfies RegionWords<typeof uk>;
