/** German: the name of the Netherlands and the words about the services whose home is data/regions/nl. */
import type nl from '@/data/regions/nl';
import type { RegionWords } from '../../words';

export default {
  name: 'Niederlande',
  services: {
    'stop-it-now-nl': {
      about:
        'Ein kostenloses, anonymes Hilfetelefon für Menschen, die sich Sorgen wegen ihrer eigenen sexuellen Gefühle oder ihres sexuellen Verhaltens gegenüber Minderjährigen machen, für Menschen in ihrem Umfeld, etwa Partnerinnen, Partner und Familie, und für Fachleute. Träger ist Offlimits.',
      confidential: 'Anonym.',
    },
    'zelfmoordpreventie-113': {
      about: 'Suizidprävention. Sie können anonym anrufen oder auf der Website anonym chatten.',
      helpNow: 'Sie wissen nicht mehr weiter? {name}: {number}, oder kostenlos unter {otherNumber}.',
    },
    'emergency-112-nl': {
      about: 'im Notfall',
    },
    'veilig-thuis': {
      about: 'Für alle, die sich Sorgen um die Sicherheit eines Kindes zu Hause machen.',
    },
    kindertelefoon: {
      young: 'Zwischen 8 und 18? {name}: {number}, kostenlos und anonym',
      youngFull:
        'Wenn Sie zwischen 8 und 18 Jahre alt sind, können Sie {name} unter {number} anrufen, kostenlos und anonym.',
    },
    'meldpunt-kinderporno': {
      about:
        'Die Meldestelle von Offlimits für Missbrauchsabbildungen. Sie kann nur Bilder prüfen, die öffentlich im Internet stehen und eine Internetadresse haben. Meldungen werden vertraulich behandelt.',
    },
  },
} satisfies RegionWords<typeof nl>;
