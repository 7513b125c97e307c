/**
 * What the tests expect of Ireland, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import type { RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    helpline: ['tel:+441372847161', 'tel:+448081000900'],
    crisis: 'tel:116123',
    ownLife: 'tel:112',
    childInDanger: 'tel:112',
    selfHelp: [
      'https://www.stopitnow.org.uk/self-help/concerned-about-your-own-thoughts-or-behaviour/concerned-about-your-online-behaviour/',
      'https://www.stopitnow.org.uk/faq/',
    ],
    reporting: [{ href: 'https://hotline.ie/report', anonymous: true }],
    young: null,
  },
  plan: {
    helpline: 'stop-it-now-uk',
    phones: ['+44 1372 847 161', '0808 1000 900'],
    selfHelp: 'stop-it-now-uk-self-help',
    questions: 'stop-it-now-uk-faq',
    online: online.programmes,
    regional: [],
    family: { helpline: 'stop-it-now-uk', advice: 'stop-it-now-uk-someone-else', inform: true },
    parents: 'stop-it-now-uk-child-behaviour',
    crisis: ['samaritans'],
    emergency: 'emergency-112-ie',
    childInDanger: '112',
    crisisAdvice: false,
    reporting: [['hotline-ie', 'anonymous']],
    caseAdvice: 'stop-it-now-uk',
    informPlus: true,
  },
  sheet: {
    shortCodes: ['112', '999', '116123'],
    costs: {},
    hours: {},
    anonymous: { 'hotline-ie': true },
    alsoFor: {},
    languages: {},
    doNotShip: ['oneinfour', '1800 66 66 66', '+3531800666666'],
    words: {},
    never: {},
  },
} satisfies RegionExpectations;
