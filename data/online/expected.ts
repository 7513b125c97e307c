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
  // English, Swedish, German and Portuguese (2023). Troubled Desire: "in English and other
  // languages" (fourth check): its own list is not found, so no other language is named.
  languages: { 'troubled-desire': ['en'], redirection: ['en', 'es', 'fi'], 'prevent-it': ['en', 'sv', 'de', 'pt'] },
  // Troubled Desire's partner lists disagree; ReDirection's Polish version is on a staging page only.
  doNotShip: ['Marathi', 'Polish'],
  words: {},
  never: {
    // No language list for Troubled Desire, and none besides English named.
    'troubled-desire': {
      en: /\b(German|Spanish|French|Portuguese|Turkish|Hindi|Dutch|Welsh)\b|several languages/i,
      cy: /Almaeneg|Sbaeneg|Ffrangeg|Portiwgaleg|Tyrceg|Hindi|Iseldireg|Cymraeg|sawl iaith/i,
      de: /Deutsch|Spanisch|Französisch|Portugiesisch|Türkisch|Hindi|Niederländisch|Walisisch|mehreren Sprachen/i,
      nl: /Duits|Spaans|Frans|Portugees|Turks|Hindi|Nederlands|Welsh|verschillende talen/i,
      fr: /allemand|espagnol|français|portugais|turc|hindi|néerlandais|gallois|plusieurs langues/i,
      nb: /tysk|spansk|fransk|portugisisk|tyrkisk|hindi|nederlandsk|walisisk|flere språk/i,
    },
    // English, Spanish and Finnish: not "and more", and not Polish.
    redirection: {
      en: /and more|other languages|Polish/i,
      cy: /a mwy|ieithoedd eraill|Pwyleg/i,
      de: /und mehr|weitere[n]? Sprachen|Polnisch/i,
      nl: /en meer|andere talen|Pools/i,
      fr: /et plus|autres langues|polonais/i,
      nb: /og flere|andre språk|polsk/i,
    },
  },
} satisfies OnlineExpectations;
