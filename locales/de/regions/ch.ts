/** German: the name of Switzerland and the words about the services whose home is data/regions/ch. */
import type ch from '@/data/regions/ch';
import type { RegionWords } from '../../words';

export default {
  name: 'Schweiz',
  services: {
    'kein-taeter-werden-ch': {
      about: 'Auf der Website sind die Stellen in der Schweiz aufgeführt, die eine Behandlung anbieten.',
    },
    beforemore: {
      about: 'Beratung für die ganze Deutschschweiz. Signpost hat dafür keine geprüften Kontaktangaben.',
    },
    'dis-no': {
      about: 'Beratung für die Westschweiz. Signpost hat dafür keine geprüften Kontaktangaben.',
    },
    'dargebotene-hand-143': {
      about: 'Anonym, rund um die Uhr. Auf der Website können Sie auch chatten oder eine E-Mail schreiben.',
      helpNow:
        'Sie wissen nicht mehr weiter? {name}, Telefon {number}, rund um die Uhr und anonym. Ein Anruf kostet höchstens CHF 0.20.',
    },
    'pro-juventute-147': {
      young:
        'Für Kinder und Jugendliche: {name}, Telefon {number}, kostenlos und vertraulich, rund um die Uhr',
      youngFull:
        'Kinder und Jugendliche erreichen {name} von Pro Juventute unter der Nummer {number}, kostenlos und vertraulich, rund um die Uhr, auch per WhatsApp-Chat über 147.ch oder per E-Mail an beratung@147.ch.',
    },
    'emergency-144-ch': {
      about: 'Sanitätsnotruf, kostenlos',
    },
    'police-117-ch': {
      about:
        'Polizei, wenn ein Kind jetzt in Gefahr ist, kostenlos. Notrufe werden aufgezeichnet, und Ihre Nummer ist ersichtlich',
    },
    clickandstop: {
      about:
        'Missbrauchsabbildungen im Internet melden, mit wenigen Klicks. Über das Meldeformular werden den Strafbehörden keine Angaben zu Ihnen übermittelt.',
    },
  },
} satisfies RegionWords<typeof ch>;
