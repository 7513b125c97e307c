/**
 * What the tests expect of “Somewhere else”, written by hand from ../shared/facts/help-directory.md:
 * what its pages show, its plan, and its facts pinned to the sheet (data/expectations.ts).
 */
import { NO_FAMILY, type RegionExpectations } from '../../expectations';
import online from '../../online/expected';

export default {
  shows: {
    helpline: [],
    crisis: 'https://findahelpline.com/',
    ownLife: null,
    childInDanger: null,
    selfHelp: [],
    reporting: [],
    young: null,
  },
  plan: {
    phones: [],
    online: online.programmes,
    regional: [],
    family: NO_FAMILY,
    crisis: ['find-a-helpline'],
    crisisAdvice: false,
    reporting: [],
    informPlus: false,
  },
  sheet: {
    shortCodes: [],
    costs: {},
    hours: {},
    anonymous: {},
    alsoFor: {},
    languages: {},
    // Find A Helpline's country pages are not documented: no link built from a country code.
    doNotShip: ['findahelpline.com/ca', 'findahelpline.com/ch', 'findahelpline.com/at', 'findahelpline.com/no'],
    words: {},
    never: {},
  },
} satisfies RegionExpectations;
