/**
 * Canada: every service Signpost shows there, and how a browser is known to be there.
 * Facts from ../shared/facts/help-directory.md only (its fourth check, and the third's
 * Cybertip.ca row). Left out on purpose: Talking for Change's number, hours and chat address
 * (in the press only) and anything about what it passes on (not on an official page); Ça
 * suffit (no number or address); Kids Help Phone's phone number (not yet on an official
 * page) and any age; 988's interpreters and 988.ca's own policy text.
 */
import { defineRegion, shortNumber, source } from '../../define';

const MHCC = 'https://mentalhealthcommission.ca/blog-posts/37474-take-the-first-step-in-seeking-support-for-your-mental-health/';

export default defineRegion('ca', {
  countries: ['CA'],
  numbering: { country: 'CA', callingCode: '1' },
  services: [
    {
      id: 'talking-for-change',
      name: 'Talking for Change',
      names: { fr: 'Parler pour changer' },
      role: 'helpline',
      // "An anonymous helpline and free psychotherapy": the helpline and chat for people of
      // all ages across Canada, the psychotherapy for adults, and not anonymous. Its number
      // and hours are in the press only, and its chat's address is not known: none is shown.
      anonymous: true,
      regions: ['ca'],
      phones: [],
      hours: { kind: 'unknown' },
      url: 'https://talkingforchange.ca/',
      pages: { fr: 'https://parlerpourchanger.ca/' },
      sources: [
        source('https://theroyal.ca/news/prevention-global-launches-resource-hub', '2026-12-07'),
        source('https://leroyal.ca/actualites/prevention-global-lance-un-nouveau-centre-de-ressources', '2026-12-07'),
        source('https://talkingforchange.ca/supporting-family-members-after-disclosure-of-sexual-attraction-to-children', '2026-12-07'),
        source('https://parlerpourchanger.ca/in-the-news/parler-pour-changer-joint-ses-efforts-a-une-initiative-mondiale-axee-surla-prevention-des-abus-sexuels-denfants/', '2026-12-07'),
        source('https://www.psychologytoday.com/us/blog/prevention-now/202402/child-sexual-abuse-prevention-program-plans-major-expansion', '2026-12-07'),
      ],
    },
    {
      id: 'suicide-crisis-988-ca',
      name: '9-8-8: Suicide Crisis Helpline',
      names: { fr: '9-8-8 : Ligne d’aide en cas de crise de suicide' },
      role: 'crisis',
      // "You can call or text 988 at any time"; 24 hours a day, in English and French; free.
      // Other languages through interpreters are in a third-party copy only: not claimed.
      regions: ['ca'],
      phones: [
        { display: '988', e164: '988', country: 'CA', shortCode: true, for: ['ca'], cost: 'free' },
        { display: '988', e164: '988', country: 'CA', shortCode: true, for: ['ca'], cost: 'free', text: true },
      ],
      hours: { kind: 'always' },
      url: 'https://988.ca/',
      languages: ['en', 'fr'],
      sources: [
        source(MHCC, '2026-12-07'),
        source('https://camh.ca/fr/agent-du-changement/988', '2026-12-07'),
        source('https://www.newswire.ca/news-releases/government-of-canada-provides-over-177m-to-camh-for-the-implementation-of-a-national-three-digit-number-for-suicide-prevention-and-to-bolster-distress-centres-836986064.html', '2026-12-07'),
        source('https://www.newswire.ca/fr/news-releases/au-cas-ou-la-journee-mondiale-de-prevention-du-suicide-est-l-occasion-pour-les-canadiens-d-apprendre-de-retenir-et-de-partager-ce-numero-qui-peut-sauver-des-vies-847241482.html', '2026-12-07'),
      ],
    },
    {
      id: 'kids-help-phone',
      name: 'Kids Help Phone',
      names: { fr: 'Jeunesse, J’écoute' },
      role: 'young-people',
      // "To start using the texting service, text CONNECT to 686868": free, 24/7. The keyword
      // is in the words. Its phone number is not yet on an official page, and no age is shown.
      regions: ['ca'],
      phones: [{ display: '686868', e164: '686868', country: 'CA', shortCode: true, for: ['ca'], cost: 'free', text: true }],
      hours: { kind: 'always' },
      url: 'https://kidshelpphone.ca/',
      sources: [
        source('https://kidshelpphone.ca/text-about-it/', '2026-12-07'),
        source('https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/', '2026-12-07'),
        source('https://kidshelpphone.ca/counselling-terms-of-service-and-privacy-notice/', '2026-12-07'),
      ],
    },
    // "If it is an emergency, call 9-1-1"; a child in immediate danger: "call 911 or your
    // local police". Canada has no police line of its own here: 911 is both.
    shortNumber('emergency', '911', 'ca', {
      country: 'CA',
      sources: [source(MHCC, '2026-12-07'), source('https://www.protectkidsonline.ca/app/en/report_concerning_behaviour', '2026-12-07')],
    }),
    {
      id: 'cybertip-ca',
      name: 'Cybertip.ca',
      names: { fr: 'Cyberaide.ca' },
      role: 'report',
      // "Reporting persons have the option to remain anonymous when submitting a report."
      anonymous: true,
      regions: ['ca'],
      // Toll-free (a North American number, which libphonenumber files under the US). Its
      // hours are not stated: no open/closed status.
      phones: [{ display: '1-866-658-9022', e164: '+18666589022', country: 'CA', for: ['ca'], cost: 'free-toll' }],
      hours: { kind: 'unknown' },
      url: 'https://www.cybertip.ca/',
      pages: { fr: 'https://www.cyberaide.ca/app/fr/about' },
      sources: [
        source('https://www.cybertip.ca/app/en/about-faq', '2026-12-01'),
        source('https://www.cybertip.ca/app/en/about-how_it_works', '2026-12-07'),
        source('https://www.cybertip.ca/app/fr/about-how_it_works', '2026-12-07'),
        source('https://www.cyberaide.ca/app/fr/about', '2026-12-07'),
      ],
    },
  ],
});
