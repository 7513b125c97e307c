/** Norwegian (Bokmål): the name of the United Kingdom and the words about the services whose home is data/regions/uk. */
import type uk from '@/data/regions/uk';
import type { RegionWords } from '../../words';

export default {
  name: 'Storbritannia',
  services: {
    'stop-it-now-uk': {
      about:
        'En fortrolig hjelpetelefon for alle som er bekymret for egne seksuelle tanker eller egen seksuell atferd overfor barn, for familie og venner, og for fagfolk.',
      confidential: 'Fortrolig: Du trenger ikke å oppgi navnet ditt.',
      languages: 'På engelsk eller walisisk. En tolk kan være med i samtalen.',
      linkLabel: 'Chat eller sikker melding',
      whenYouCall:
        'Du trenger ikke å oppgi navnet ditt eller noe annet som kan identifisere deg. Du kan snakke om det som bekymrer deg, og om hva du kan gjøre videre. Hvis det blir for mye å snakke, kan du heller starte en chat eller sende en sikker melding fra siden til hjelpetelefonen.',
      passesOnShort:
        'Hvis du sier hvem du er, og også noe som identifiserer et barn som er blitt utsatt for overgrep eller er i fare, eller som tyder på at andre risikerer skade, gir de det videre. De gir også videre opplysninger om alle lovbrudd.',
      passesOnFull:
        'Du trenger ikke å oppgi navnet ditt eller noe annet som kan identifisere deg. Hvis du gir opplysninger som identifiserer deg, og også opplysninger som identifiserer et barn som er blitt utsatt for overgrep eller står i fare for det, eller som tyder på at noen andre står i fare for å bli skadet, gir hjelpetelefonen dette videre til de rette instansene. Opplysninger om straffbare forhold blir også gitt videre.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Gratis, anonym selvhjelp, informasjon og støtte for å slutte å se på seksuelle bilder av barn eller å ha seksuelle samtaler med barn.',
    },
    'stop-it-now-uk-someone-else': {},
    'stop-it-now-uk-child-behaviour': {
      about: 'For foreldre og omsorgspersoner som er bekymret for den seksuelle atferden til et barn eller en ung person.',
    },
    'stop-it-now-uk-faq': {
      about: 'Svar på spørsmål som mange stiller.',
    },
    childline: {
      young: 'Under 19 år? {name}: {number}, når som helst',
      youngFull: 'Hvis du er under 19 år, kan du snakke med {name}: {number}, når som helst, eller bruke 1-2-1-chatten.',
    },
    nspcc: {
      about:
        'For voksne som er bekymret for et barn. Ring på tidene nedenfor, eller ta kontakt på nett eller på e-post når som helst.',
      confidentiality:
        'Du trenger ikke å si hvem du er. Hvis NSPCC mener at et barn kan være i fare, har NSPCC plikt til å dele det du forteller, med andre instanser.',
    },
    samaritans: {
      about: 'Noen å snakke med, gratis, når som helst, i Storbritannia og Irland.',
      confidentiality:
        'Du trenger ikke å oppgi navnet ditt, og Samaritans deler ikke det du sier eller opplysningene dine, bortsett fra i noen tilfeller: Hvis du for eksempel gir opplysninger som identifiserer et barn eller en sårbar voksen som blir utsatt for overgrep eller skade, kan de kontakte andre tjenester etter å ha snakket med deg om det.',
      helpNow: 'Har du det vanskelig? {name}, {number}, gratis, når som helst.',
    },
    'emergency-999-uk': {
      about: 'i en nødsituasjon',
    },
    iwf: {
      about: 'Meld fra om seksuelle bilder av barn. Du trenger bare å oppgi nettadressen.',
    },
    ceop: {
      about: 'Meld fra om seksuelle overgrep på nett eller grooming av noen under 18 år.',
    },
  },
} satisfies RegionWords<typeof uk>;
