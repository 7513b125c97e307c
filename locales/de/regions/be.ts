/** German: the name of Belgium and the words about the services whose home is data/regions/be. */
import type be from '@/data/regions/be';
import type { RegionWords } from '../../words';

export default {
  name: 'Belgien',
  services: {
    'stop-it-now-bruxelles': {
      confidential:
        'Erscheint nicht auf Ihrer Telefonrechnung. Sie müssen weder sagen, wer Sie sind, noch wo genau Sie wohnen.',
      whenYouCall:
        'Wenn Sie lieber schreiben, können Sie montags von 14 bis 16 Uhr (belgische Zeit) über Facebook, Messenger, Instagram oder LinkedIn chatten oder eine E-Mail an contact@stopitnow.brussels schicken, gern unter einem Fantasienamen. Im Chat sieht das Hilfetelefon nur, was Sie selbst auf der gewählten Plattform gespeichert haben. Die Plattform selbst sieht, was Sie dort speichern.',
      passesOnShort:
        'Das Hilfetelefon kann die Behörden nur dann informieren, wenn eine Person unter 18 oder eine andere schutzbedürftige Person in unmittelbarer Gefahr ist.',
      passesOnFull:
        'Die Beraterinnen und Berater unterliegen der beruflichen Schweigepflicht. Das Hilfetelefon kann die Behörden nur dann informieren, wenn eine Person unter 18 oder eine andere schutzbedürftige Person in unmittelbarer Gefahr ist.',
    },
    'zelfmoordlijn-1813': {
      about:
        'Die Suizidpräventions-Hotline in Flandern. Anrufe sind anonym. Auf der Website können Sie auch chatten oder eine E-Mail schreiben.',
      helpNow: 'Sie wissen nicht mehr weiter? In Flandern: Zelfmoordlijn {number}, kostenlos, jederzeit.',
      helpNowOr: 'Oder in Flandern: Zelfmoordlijn {number}, kostenlos, jederzeit.',
    },
    'centre-prevention-suicide': {
      about: 'Ein Krisentelefon: Jemand hört Ihnen zu, anonym.',
      helpNow: 'Sie wissen nicht mehr weiter? {name}: {number}, jederzeit, anonym.',
      helpNowOr: 'Oder {name}: {number}, jederzeit, anonym.',
    },
    'emergency-112-be': {
      about: 'im Notfall, kostenlos',
    },
    'child-focus': {
      about:
        'Missbrauchsabbildungen an Child Focus melden. Die Mitarbeitenden unterliegen der beruflichen Schweigepflicht.',
    },
  },
} satisfies RegionWords<typeof be>;
