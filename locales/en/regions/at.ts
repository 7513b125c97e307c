/** English: the name of Austria and the words about the services whose home is data/regions/at. */
import type at from '@/data/regions/at';
import type { RegionWords } from '../../words';

export default {
  name: 'Austria',
  services: {
    'nicht-taeter-werden-at': {
      about:
        'A paid therapy programme in Vienna, run by Männerberatung Wien, for men who are sexually attracted to children and have not offended.',
    },
    'telefonseelsorge-at': {
      about: 'A crisis line for all of Austria, around the clock. Every call is treated confidentially.',
      helpNow: 'Struggling to cope? {name}, {number}, free, any time.',
    },
    'rat-auf-draht-147': {
      young: 'A child or young person? {name}: {number}, free and anonymous, any time',
      youngFull:
        'Children and young people can call {name} on {number}, free and anonymously, any time, from anywhere in Austria. The call does not appear on the phone bill. Adults close to a child can call too.',
    },
    'emergency-144-at': {
      about: 'ambulance, free, around the clock',
    },
    'police-133-at': {
      about: 'the police, for a child in danger now, free, around the clock',
    },
    stopline: {
      about:
        'Report sexual images of children online, with its form or by email to office@stopline.at. Stopline deals with a report within one working day, and passes illegal content on to the Bundeskriminalamt (Austria’s federal criminal police) and to its partner hotline in the INHOPE network.',
    },
  },
} satisfies RegionWords<typeof at>;
