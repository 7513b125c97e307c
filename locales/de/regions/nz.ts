/** German: the name of New Zealand and the words about the services whose home is data/regions/nz. */
import type nz from '@/data/regions/nz';
import type { RegionWords } from '../../words';

export default {
  name: 'Neuseeland',
  services: {
    'safe-to-talk': {
      confidential: 'Vertrauliche Hilfe und Unterstützung.',
    },
    'stop-nz': {
      about:
        'Für die Südinsel (Te Waipounamu): kostenlose fachliche Einschätzung und Intervention für Menschen, die sexuell schädigendes Verhalten gezeigt haben. Sie können sich für ein vertrauliches Gespräch melden.',
    },
    'safe-network': {
      about: 'Für den oberen Teil der Nordinsel.',
    },
    wellstop: {
      about: 'Für den unteren Teil der Nordinsel.',
    },
    'need-to-talk-1737': {
      about: 'Anrufe und SMS sind kostenlos, aus jedem Festnetz und von jedem Handy.',
      helpNow:
        'Sie wissen nicht mehr weiter? Rufen Sie die {number} an oder schreiben Sie eine SMS an die {text}, kostenlos, jederzeit.',
    },
    'emergency-111-nz': {
      about: 'wenn Sie oder jemand, den Sie kennen, in unmittelbarer Gefahr sind',
    },
    'dia-nz': {
      about:
        'Das Meldeformular des Department of Internal Affairs für Darstellungen sexueller Ausbeutung von Kindern im Internet. Sie müssen keine E-Mail-Adresse angeben. Wenn Sie versehentlich auf solches Material stoßen, verlassen Sie die Website sofort.',
    },
  },
} satisfies RegionWords<typeof nz>;
