/** Norwegian (Bokmål): the name of Switzerland and the words about the services whose home is data/regions/ch. */
import type ch from '@/data/regions/ch';
import type { RegionWords } from '../../words';

export default {
  name: 'Sveits',
  services: {
    'kein-taeter-werden-ch': {
      about: 'Nettstedet viser hvor i Sveits du kan få behandling.',
    },
    beforemore: {
      about: 'Rådgivning for den tysktalende delen av Sveits. Signpost har ingen kontrollerte kontaktopplysninger for tilbudet.',
    },
    'dis-no': {
      about: 'Rådgivning for den fransktalende delen av Sveits. Signpost har ingen kontrollerte kontaktopplysninger for tilbudet.',
    },
    'dargebotene-hand-143': {
      about: 'Anonymt, når som helst. Du kan også chatte eller sende e-post på nettstedet.',
      helpNow: 'Har du det vanskelig? Ring {name} på {number}, når som helst, anonymt. En samtale koster høyst CHF 0,20.',
    },
    'pro-juventute-147': {
      young: 'Barn eller ungdom? {name}: {number}, gratis og fortrolig, når som helst',
      youngFull:
        'Barn og unge kan snakke med {name} på {number}, gratis og fortrolig, når som helst. De kan også chatte på WhatsApp via 147.ch eller sende e-post til beratung@147.ch.',
    },
    'emergency-144-ch': {
      about: 'ambulanse, gratis',
    },
    'police-117-ch': {
      about: 'politiet, når et barn er i fare nå, gratis. Nødanrop blir tatt opp, og nummeret ditt vises',
    },
    clickandstop: {
      about:
        'Meld fra om seksuelle bilder av barn på nettet, med noen få klikk. Skjemaet gir ingen opplysninger om deg videre til politiet eller påtalemyndigheten.',
    },
  },
} satisfies RegionWords<typeof ch>;
