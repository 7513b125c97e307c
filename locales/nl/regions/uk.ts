/** Dutch: the name of the United Kingdom and the words about the services whose home is data/regions/uk. */
import type uk from '@/data/regions/uk';
import type { RegionWords } from '../../words';

export default {
  name: 'Verenigd Koninkrijk',
  services: {
    'stop-it-now-uk': {
      about:
        'Een vertrouwelijke hulplijn voor mensen die zich zorgen maken over hun eigen seksuele gedachten of gedrag ten opzichte van kinderen, voor familie en vrienden, en voor professionals.',
      confidential: 'Vertrouwelijk: u hoeft uw naam niet te geven.',
      languages: 'In het Engels of het Welsh. Een tolk kan aan het gesprek deelnemen.',
      linkLabel: 'Livechat of beveiligd bericht',
      whenYouCall:
        'U hoeft uw naam niet te geven, en ook geen andere gegevens waarmee u te herkennen bent. U kunt praten over uw zorgen en over wat u hierna zou kunnen doen. Is praten u te veel? Start dan een livechat of stuur een beveiligd bericht via de pagina van de hulplijn.',
      passesOnShort:
        'Als u gegevens geeft waarmee u te herkennen bent, en ook iets zegt waarmee een kind te herkennen is dat is misbruikt of risico loopt, of iets wat erop wijst dat iemand anders risico loopt op schade, dan geeft de hulplijn dat door. De hulplijn geeft ook gegevens over strafbare feiten door.',
      passesOnFull:
        'U hoeft uw naam niet te geven, en ook geen andere gegevens waarmee u te herkennen bent. Als u gegevens geeft waarmee u te herkennen bent, en ook informatie waarmee een kind te herkennen is dat is misbruikt of risico loopt op misbruik, of informatie die erop wijst dat iemand anders risico loopt op schade, dan geeft de hulplijn dat door aan de juiste instanties. Gegevens over strafbare feiten worden ook doorgegeven.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Gratis, anonieme zelfhulp, informatie en steun om te stoppen met het bekijken van seksuele afbeeldingen van kinderen of met het voeren van seksuele gesprekken met kinderen.',
    },
    'stop-it-now-uk-someone-else': {},
    'stop-it-now-uk-child-behaviour': {
      about:
        'Voor ouders en verzorgers die zich zorgen maken over het seksuele gedrag van een kind of jongere.',
    },
    'stop-it-now-uk-faq': {
      about: 'Antwoorden op vragen die mensen vaak stellen.',
    },
    childline: {
      young: 'Jonger dan 19? {name}: {number}, op elk moment',
      youngFull:
        'Wie jonger is dan 19, kan op elk moment praten met {name}: {number}, of via de 1-2-1-chat.',
    },
    nspcc: {
      about:
        'Voor volwassenen die zich zorgen maken over een kind. Bel op de tijden hieronder, of neem op elk moment online of per e-mail contact op.',
      confidentiality:
        'U hoeft niet te zeggen wie u bent. Als de NSPCC denkt dat een kind risico kan lopen, is de NSPCC verplicht om wat u vertelt te delen met andere instanties.',
    },
    samaritans: {
      about: 'Iemand om mee te praten, gratis, op elk moment, in het Verenigd Koninkrijk en Ierland.',
      confidentiality:
        'U hoeft uw naam niet te geven. Samaritans deelt niet wat u zegt of uw gegevens, behalve in bepaalde gevallen. Bijvoorbeeld: als u informatie deelt waarmee een kind of een kwetsbare volwassene te herkennen is die wordt misbruikt of schade lijdt, kan Samaritans contact opnemen met andere diensten, nadat Samaritans dat met u heeft besproken.',
      helpNow: 'Heeft u het moeilijk? {name}, {number}, gratis, op elk moment.',
    },
    'emergency-999-uk': {
      about: 'in een noodsituatie',
    },
    iwf: {
      about: 'Seksuele afbeeldingen van kinderen melden. U hoeft alleen het webadres te geven.',
    },
    ceop: {
      about: 'Online seksueel misbruik of grooming van iemand onder de 18 melden.',
    },
  },
} satisfies RegionWords<typeof uk>;
