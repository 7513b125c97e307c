/** German: the name of Austria and the words about the services whose home is data/regions/at. */
import type at from '@/data/regions/at';
import type { RegionWords } from '../../words';

export default {
  name: 'Österreich',
  services: {
    'nicht-taeter-werden-at': {
      about:
        'Ein kostenpflichtiges Therapieprogramm in Wien, angeboten von der Männerberatung Wien, für Männer, die sich sexuell zu Kindern hingezogen fühlen und nicht zum Täter geworden sind.',
    },
    'telefonseelsorge-at': {
      about:
        'Ein Krisentelefon für ganz Österreich, rund um die Uhr. Jeder Anruf wird vertraulich behandelt.',
      helpNow: 'Sie wissen nicht mehr weiter? {name}, Telefon {number}, kostenlos, rund um die Uhr.',
    },
    'rat-auf-draht-147': {
      young: 'Für Kinder und Jugendliche: {name}, {number}, kostenlos und anonym, rund um die Uhr',
      youngFull:
        'Kinder und Jugendliche erreichen {name} aus ganz Österreich unter {number}, kostenlos und anonym, rund um die Uhr. Der Anruf scheint nicht auf der Telefonrechnung auf. Auch Bezugspersonen von Kindern können anrufen.',
    },
    'emergency-144-at': {
      about: 'Rettung, kostenlos, rund um die Uhr',
    },
    'police-133-at': {
      about: 'Polizei, wenn ein Kind jetzt in Gefahr ist, kostenlos, rund um die Uhr',
    },
    stopline: {
      about:
        'Missbrauchsabbildungen im Internet melden, über das Formular oder per E-Mail an office@stopline.at. Stopline bearbeitet eine Meldung binnen eines Werktages und leitet illegale Inhalte an das Bundeskriminalamt und an die Partner-Meldestelle im INHOPE-Netzwerk weiter.',
    },
  },
} satisfies RegionWords<typeof at>;
