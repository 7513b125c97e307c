/**
 * What the tests expect of the United States, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import type { RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    helpline: ['tel:+18887738368'],
    crisis: 'tel:988',
    ownLife: 'tel:911',
    childInDanger: 'tel:911',
    selfHelp: [],
    reporting: [{ href: 'https://report.cybertip.org/', anonymous: true }],
    young: null,
  },
  plan: {
    helpline: 'stop-it-now-us',
    phones: ['1-888-773-8368'],
    online: online.programmes,
    regional: [],
    family: { helpline: 'stop-it-now-us', inform: false },
    crisis: ['lifeline-988'],
    emergency: 'emergency-911-us',
    childInDanger: '911',
    crisisAdvice: false,
    reporting: [['ncmec', 'anonymous']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['911', '988'],
    costs: { 'stop-it-now-us 1-888-773-8368': 'free-toll' },
    hours: { ncmec: 'always' },
    anonymous: { 'stop-it-now-us': true, ncmec: true },
    alsoFor: { 'stop-it-now-us': ['someone-else'] },
    languages: {},
    doNotShip: [],
    words: {},
    never: {},
  },
} satisfies RegionExpectations;
