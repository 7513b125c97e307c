/**
 * What the tests expect of the Netherlands, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import type { RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    helpline: ['tel:+318002666436'],
    crisis: 'tel:113',
    ownLife: 'tel:112',
    childInDanger: 'tel:112',
    selfHelp: [],
    reporting: [{ href: 'https://meldpunt-kinderporno.nl/', anonymous: true }],
    young: 'tel:+318000432',
  },
  plan: {
    helpline: 'stop-it-now-nl',
    phones: ['0800 266 64 36'],
    online: online.programmes,
    regional: [],
    family: { helpline: 'stop-it-now-nl', inform: false },
    childProtection: 'veilig-thuis',
    youngPeople: 'kindertelefoon',
    crisis: ['zelfmoordpreventie-113'],
    emergency: 'emergency-112-nl',
    childInDanger: '112',
    crisisAdvice: false,
    reporting: [['meldpunt-kinderporno', 'anonymous']],
    informPlus: false,
  },
  sheet: {
    shortCodes: ['112', '113'],
    costs: {
      'stop-it-now-nl 0800 266 64 36': 'free',
      'zelfmoordpreventie-113 0800-0113': 'free',
      'veilig-thuis 0800-2000': 'free',
      'kindertelefoon 0800-0432': 'free',
    },
    hours: { 'veilig-thuis': 'always' },
    anonymous: { 'stop-it-now-nl': true, 'meldpunt-kinderporno': true },
    alsoFor: { 'stop-it-now-nl': ['someone-else'] },
    languages: {},
    doNotShip: [
      'meldpunt.offlimits.nl',
      '+31 6 428 346 35',
      '+31642834635',
      '//kindertelefoon.nl',
      '.kindertelefoon.nl',
    ],
    words: {},
    never: {},
  },
} satisfies RegionExpectations;
