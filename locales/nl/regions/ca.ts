/** Dutch: the name of Canada and the words about the services whose home is data/regions/ca. */
import type ca from '@/data/regions/ca';
import type { RegionWords } from '../../words';

export default {
  name: 'Canada',
  services: {
    'talking-for-change': {
      about:
        'Een anonieme hulplijn en chat voor mensen van alle leeftijden die zich zorgen maken over een seksuele interesse in kinderen, en gratis psychotherapie voor volwassenen, die niet anoniem is.',
      talk: 'U kunt met iemand praten over uw zorgen, zonder uw naam te geven.',
    },
    'suicide-crisis-988-ca': {
      about: 'U kunt bellen of sms’en, in het Engels of het Frans.',
      helpNow:
        'Heeft u het moeilijk? Bel of sms {number}, gratis, op elk moment, in het Engels of het Frans.',
    },
    'kids-help-phone': {
      young: 'Jongere? {name}: sms CONNECT naar {number}, gratis, op elk moment',
      youngFull:
        'Jongeren overal in Canada kunnen {name} bereiken door CONNECT te sms’en naar {number}, gratis, op elk moment.',
    },
    'emergency-911-ca': {
      about: 'bij een noodgeval. Is een kind direct in gevaar, dan kunt u ook de lokale politie bellen',
    },
    'cybertip-ca': {
      about: 'Het Canadese meldpunt voor online seksuele uitbuiting van kinderen.',
    },
  },
} satisfies RegionWords<typeof ca>;
