/**
 * What the tests expect of the online programmes open to anyone, written by hand from
 * ../shared/facts/help-directory.md (data/expectations.ts).
 */
import type { OnlineExpectations } from '../expectations';

export default {
  programmes: ['troubled-desire', 'redirection', 'prevent-it'],
  // "Anonymous, free, browser-based"; "an anonymous CBT-based self-help programme";
  // "anonymous, free, therapist-supported": said in their words, not as a flag.
  anonymous: {},
  // ReDirection: English, Spanish and Finnish (fourth check: not "and more"); Prevent It:
  // English, Swedish, German and Portuguese (2023). Troubled Desire's own list is not found.
  languages: { redirection: ['en', 'es', 'fi'], 'prevent-it': ['en', 'sv', 'de', 'pt'] },
  // Troubled Desire's partner lists disagree; ReDirection's Polish version is on a staging page only.
  doNotShip: ['Marathi', 'Polish'],
  words: {},
  never: {},
} satisfies OnlineExpectations;
