import { describe, expect, it } from 'vitest';
import { days } from '@/data/define';
import { hoursSummary, statusText, usualToday } from '@/lib/format-hours';
import { openStatus, weeklyRuns, zonedInstant } from '@/lib/hours';
import { holidayTable } from '@/lib/holiday-table';
import type { PackHours } from '@/lib/pack';
import { guidePack, hourWords, popupPack } from '@/lib/project';
import { translatorFor as translator } from '@/locales/all';
import type { Lang } from '@/locales/langs';

// Fixture holiday days, so these hold whatever date-holidays or a real line's checks become:
// 2026 only, with Christmas Day (Friday) and the substitute Boxing Day (Monday 28th).
const fixtureDays = holidayTable('2026-01-01', '2026-12-31', { 'GB-ENG': ['2026-12-25', '2026-12-28'] });

/** The fixture's zone and holidays named in a language, as a pack names them. */
const named = (lang: Lang) => hourWords('Europe/London', fixtureDays, lang);
/** A fixture as a pack in another language carries it. */
const inLang = (hours: PackHours, lang: Lang): PackHours => (hours.kind === 'weekly' ? { ...hours, words: named(lang) } : hours);

// Fixture schedules: the hours algorithm is tested on these, so a change to a real line's
// hours breaks only the test that pins it to the sheet (tests/unit/data/directory.test.ts).
// Shaped like the UK helpline's: Monday to Thursday 9am to 9pm, Friday 9am to 5pm.
const helpline: PackHours = {
  kind: 'weekly',
  timeZone: 'Europe/London',
  periods: [...days(1, 4, '09:00', '21:00'), ...days(5, 5, '09:00', '17:00')],
  holidays: fixtureDays,
  words: named('en'),
};
// Every day, with the weekend shorter.
const everyDay: PackHours = {
  kind: 'weekly',
  timeZone: 'Europe/London',
  periods: [...days(1, 5, '08:00', '22:00'), ...days(6, 7, '09:00', '18:00')],
  holidays: fixtureDays,
  words: named('en'),
};
const en = translator('en');
const cy = translator('cy');
const de = translator('de');
const nb = translator('nb');

// Instants are written in UTC. UK winter time is UTC+0, summer time (BST) UTC+1.
// 2026: clocks go forward on Sunday 29 March at 01:00 UTC, back on Sunday 25 October at 01:00 UTC.
const cases: {
  name: string;
  at: string;
  zone: string;
  state: 'open' | 'closed';
  changesAt: string;
  text: string;
}[] = [
  {
    name: 'Friday 16:59 in winter: open until 5pm',
    at: '2026-11-27T16:59:00Z',
    zone: 'Europe/London',
    state: 'open',
    changesAt: '2026-11-27T17:00:00Z',
    text: 'Open now, until 5pm UK time.',
  },
  {
    name: 'Friday 17:00 in winter: closed, opens Monday',
    at: '2026-11-27T17:00:00Z',
    zone: 'Europe/London',
    state: 'closed',
    changesAt: '2026-11-30T09:00:00Z',
    text: 'Closed now. Opens Monday at 9am UK time.',
  },
  {
    name: 'Thursday 20:59: open until 9pm',
    at: '2026-11-26T20:59:00Z',
    zone: 'Europe/London',
    state: 'open',
    changesAt: '2026-11-26T21:00:00Z',
    text: 'Open now, until 9pm UK time.',
  },
  {
    name: 'Thursday 21:00: closed, opens tomorrow',
    at: '2026-11-26T21:00:00Z',
    zone: 'Europe/London',
    state: 'closed',
    changesAt: '2026-11-27T09:00:00Z',
    text: 'Closed now. Opens tomorrow at 9am UK time.',
  },
  {
    name: 'Monday 08:30: closed, opens today',
    at: '2026-11-30T08:30:00Z',
    zone: 'Europe/London',
    state: 'closed',
    changesAt: '2026-11-30T09:00:00Z',
    text: 'Closed now. Opens today at 9am UK time.',
  },
  {
    name: 'Saturday midday: closed, opens Monday',
    at: '2026-11-28T12:00:00Z',
    zone: 'Europe/London',
    state: 'closed',
    changesAt: '2026-11-30T09:00:00Z',
    text: 'Closed now. Opens Monday at 9am UK time.',
  },
  {
    name: 'Sunday night 23:30: closed, opens tomorrow',
    at: '2026-11-29T23:30:00Z',
    zone: 'Europe/London',
    state: 'closed',
    changesAt: '2026-11-30T09:00:00Z',
    text: 'Closed now. Opens tomorrow at 9am UK time.',
  },
  {
    name: 'Saturday before clocks go forward: Monday 9am is 08:00 UTC',
    at: '2026-03-28T12:00:00Z',
    zone: 'Europe/London',
    state: 'closed',
    changesAt: '2026-03-30T08:00:00Z',
    text: 'Closed now. Opens Monday at 9am UK time.',
  },
  {
    name: 'Friday before clocks go forward, 16:30 GMT: open until 5pm GMT',
    at: '2026-03-27T16:30:00Z',
    zone: 'Europe/London',
    state: 'open',
    changesAt: '2026-03-27T17:00:00Z',
    text: 'Open now, until 5pm UK time.',
  },
  {
    name: 'Monday after clocks go forward, 08:30 UTC is 09:30 BST: open',
    at: '2026-03-30T08:30:00Z',
    zone: 'Europe/London',
    state: 'open',
    changesAt: '2026-03-30T20:00:00Z',
    text: 'Open now, until 9pm UK time.',
  },
  {
    name: 'Friday before clocks go back, 16:30 UTC is 17:30 BST: closed',
    at: '2026-10-23T16:30:00Z',
    zone: 'Europe/London',
    state: 'closed',
    changesAt: '2026-10-26T09:00:00Z',
    text: 'Closed now. Opens Monday at 9am UK time.',
  },
  {
    name: 'Monday after clocks go back, 08:30 UTC is 08:30 GMT: closed',
    at: '2026-10-26T08:30:00Z',
    zone: 'Europe/London',
    state: 'closed',
    changesAt: '2026-10-26T09:00:00Z',
    text: 'Closed now. Opens today at 9am UK time.',
  },
  {
    name: 'A person in New York on Friday at 11am (4pm UK): open, with their own time',
    at: '2026-11-27T16:00:00Z',
    zone: 'America/New_York',
    state: 'open',
    changesAt: '2026-11-27T17:00:00Z',
    text: 'Open now, until 5pm UK time (12pm your time).',
  },
  {
    name: 'A person in Sydney on Saturday morning (Friday evening UK): closed, their Monday 8pm',
    at: '2026-11-27T21:00:00Z',
    zone: 'Australia/Sydney',
    state: 'closed',
    changesAt: '2026-11-30T09:00:00Z',
    text: 'Closed now. Opens Monday at 9am UK time (8pm your time).',
  },
  {
    name: 'A person in Sydney on Tuesday 2am (Monday 3pm UK): open until their Tuesday 8am',
    at: '2026-11-30T15:00:00Z',
    zone: 'Australia/Sydney',
    state: 'open',
    changesAt: '2026-11-30T21:00:00Z',
    text: 'Open now, until 9pm UK time (Tuesday 8am your time).',
  },
  {
    name: 'A person in Sydney on Friday 7:30pm (Friday 8:30am UK): closed, opens today',
    at: '2026-11-27T08:30:00Z',
    zone: 'Australia/Sydney',
    state: 'closed',
    changesAt: '2026-11-27T09:00:00Z',
    text: 'Closed now. Opens today at 9am UK time (8pm your time).',
  },
];

describe('openStatus for a line open on weekdays', () => {
  it.each(cases)('$name', ({ at, zone, state, changesAt, text }) => {
    const now = new Date(at);
    const status = openStatus(helpline, now);
    expect(status).toEqual({ state, changesAt: new Date(changesAt), timeZone: 'Europe/London' });
    expect(statusText(status, helpline, now, zone, en)).toBe(text);
  });
});

describe('public holidays: never "open" or "closed" on a day no page vouches for', () => {
  // A fixture schedule and days, so these hold whatever a real line's hours become.
  const weekdays: PackHours = {
    kind: 'weekly',
    timeZone: 'Europe/London',
    periods: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, open: '09:00', close: '17:00' })),
    holidays: fixtureDays,
    words: named('en'),
  };
  const holiday = 'a bank holiday in England and Wales';
  // Past the table: no sentence; the page shows "Hours may differ on public holidays." and the usual hours.
  const unknown = undefined;

  it.each([
    { name: 'a holiday, in opening hours', at: '2026-12-25T12:00:00Z', status: { state: 'holiday', holiday: 'GB-ENG' }, text: `Today is ${holiday}, so the hours may differ.` },
    { name: 'a holiday, before opening', at: '2026-12-28T07:00:00Z', status: { state: 'holiday', holiday: 'GB-ENG' }, text: `Today is ${holiday}, so the hours may differ.` },
    { name: 'the evening before a holiday', at: '2026-12-24T18:00:00Z', status: { state: 'closed', opensOnHoliday: 'GB-ENG' }, text: `Closed now, and Friday is ${holiday}, so the hours may differ.` },
    { name: 'a weekend before a holiday', at: '2026-12-26T12:00:00Z', status: { state: 'closed', opensOnHoliday: 'GB-ENG' }, text: `Closed now, and Monday is ${holiday}, so the hours may differ.` },
    { name: 'a usual day after the holidays', at: '2026-12-29T10:00:00Z', status: { state: 'open' }, text: 'Open now, until 5pm UK time.' },
    { name: 'the evening before the days end', at: '2026-12-31T18:00:00Z', status: { state: 'unknown-day' }, text: unknown },
    { name: 'past the days', at: '2027-01-05T10:00:00Z', status: { state: 'unknown-day' }, text: unknown },
    { name: 'before the days', at: '2025-12-30T10:00:00Z', status: { state: 'unknown-day' }, text: unknown },
  ])('$name', ({ at, status: expected, text }) => {
    const now = new Date(at);
    const status = openStatus(weekdays, now);
    expect(status).toMatchObject(expected);
    expect(statusText(status, weekdays, now, 'Europe/London', en)).toBe(text);
  });

  it('a closed line whose next opening is a usual day says nothing of holidays', () => {
    const status = openStatus(weekdays, new Date('2026-12-23T18:00:00Z'));
    expect(status.state).toBe('closed');
    expect(status).not.toHaveProperty('opensOnHoliday');
  });

  it('holidays are those of the service\'s own zone: late on 24 December in New York it is already 25 December in the UK', () => {
    expect(openStatus(weekdays, new Date('2026-12-25T04:00:00Z')).state).toBe('holiday');
  });

  it.each([
    // New Year's Day: all three nations; 2 January: Scotland; 17 March: Northern Ireland;
    // Easter Monday: England, Wales and Northern Ireland; a day of Scotland and Northern Ireland alone.
    ['2026-01-01T12:00:00Z', 'GB', 'a bank holiday in the UK'],
    ['2026-01-02T12:00:00Z', 'GB-SCT', 'a bank holiday in Scotland'],
    ['2026-03-17T12:00:00Z', 'GB-NIR', 'a bank holiday in Northern Ireland'],
    ['2026-04-06T12:00:00Z', 'GB-ENG-NIR', 'a bank holiday in England, Wales and Northern Ireland'],
    ['2026-07-13T12:00:00Z', 'GB-part', 'a bank holiday in part of the UK'],
  ] as const)('names a holiday by the UK nations that have it: %s', (at, name, words) => {
    const holidays = holidayTable('2026-01-01', '2026-12-31', {
      'GB-ENG': ['2026-01-01', '2026-04-06'],
      'GB-SCT': ['2026-01-01', '2026-01-02', '2026-07-13'],
      'GB-NIR': ['2026-01-01', '2026-03-17', '2026-04-06', '2026-07-13'],
    });
    const nations: PackHours = {
      kind: 'weekly',
      timeZone: 'Europe/London',
      periods: days(1, 5, '09:00', '17:00'),
      holidays,
      words: hourWords('Europe/London', holidays, 'en'),
    };
    const now = new Date(at);
    const status = openStatus(nations, now);
    expect(status).toEqual({ state: 'holiday', timeZone: 'Europe/London', holiday: name });
    expect(statusText(status, nations, now, 'Europe/London', en)).toBe(`Today is ${words}, so the hours may differ.`);
  });

  it('names a German holiday national only where it is, and one of some states otherwise', () => {
    const holidays = holidayTable('2026-01-01', '2026-12-31', { DE: ['2026-01-01'], 'DE-STATES': ['2026-01-06'] });
    const germany: PackHours = {
      kind: 'weekly',
      timeZone: 'Europe/Berlin',
      periods: days(1, 6, '14:00', '20:00'),
      holidays,
      words: hourWords('Europe/Berlin', holidays, 'en'),
    };
    const newYear = new Date('2026-01-01T12:00:00Z');
    expect(statusText(openStatus(germany, newYear), germany, newYear, 'Europe/Berlin', en)).toBe('Today is a public holiday in Germany, so the hours may differ.');
    const epiphany = new Date('2026-01-06T12:00:00Z');
    expect(statusText(openStatus(germany, epiphany), germany, epiphany, 'Europe/Berlin', en)).toBe(
      'Today is a public holiday in some German states, so the hours may differ.',
    );
  });

  it.each([
    ['2026-12-25T12:00:00Z', 'Usual hours today: 9am to 5pm (UK time).'],
    ['2026-12-26T12:00:00Z', 'Usually closed today.'],
  ])('gives the usual hours of the day at %s', (at, text) => {
    expect(usualToday(weekdays, new Date(at), en)).toBe(text);
  });

  it('says so in Welsh and German', () => {
    const now = new Date('2026-12-24T18:00:00Z');
    const status = openStatus(weekdays, now);
    expect(statusText(status, inLang(weekdays, 'cy'), now, 'Europe/London', cy)).toBe(
      'Ar gau nawr, ac mae’n ŵyl banc yng Nghymru a Lloegr ddydd Gwener, felly gall yr oriau fod yn wahanol.',
    );
    const christmas = new Date('2026-12-25T12:00:00Z');
    expect(statusText(openStatus(weekdays, christmas), inLang(weekdays, 'de'), christmas, 'Europe/London', de)).toBe(
      'Heute ist ein gesetzlicher Feiertag in England und Wales, daher können die Zeiten abweichen.',
    );
  });

  it('the real UK helpline and NSPCC, on the days their packs carry: Christmas Day and the substitute Boxing Day are the UK\'s', () => {
    const uk = guidePack('uk', 'en').region;
    // The helpline, and the NSPCC (the UK's line for adults worried about a child).
    expect(uk.childProtection?.name).toBe('NSPCC');
    for (const line of [uk.helpline, uk.childProtection]) {
      expect(line?.hours.kind).toBe('weekly');
      const id = line!.id;
      for (const at of ['2026-12-25T12:00:00Z', '2026-12-28T12:00:00Z']) {
        expect(openStatus(line!.hours, new Date(at)), `${id} at ${at}`).toMatchObject({ state: 'holiday', holiday: 'GB' });
      }
      expect(openStatus(line!.hours, new Date('2026-12-29T12:00:00Z')).state).toBe('open');
    }
    // The popup's pack carries the same days for the same line.
    expect(popupPack('uk', 'en').region.helpline?.hours).toEqual(uk.helpline?.hours);
  });
});

describe('services without weekly hours', () => {
  it.each<{ hours: PackHours; state: string; text: string | undefined }>([
    { hours: { kind: 'unknown' }, state: 'unknown', text: undefined },
    { hours: { kind: 'always' }, state: 'always', text: 'Open 24 hours, every day.' },
    { hours: { kind: 'weekly', timeZone: 'Europe/London', periods: [], holidays: fixtureDays, words: named('en') }, state: 'never', text: undefined },
  ])('$state', ({ hours, state, text }) => {
    const now = new Date('2026-11-27T12:00:00Z');
    const status = openStatus(hours, now);
    expect(status.state).toBe(state);
    expect(statusText(status, hours, now, 'Europe/London', en)).toBe(text);
  });

  it('the US helpline, whose hours are not verified, shows no status', () => {
    const helpline = popupPack('us', 'en').region.helpline;
    expect(helpline?.phones[0]?.display).toBe('1-888-773-8368');
    const status = openStatus(helpline!.hours, new Date('2026-11-27T16:00:00Z'));
    expect(status).toEqual({ state: 'unknown' });
  });
});

describe('wording in German, on a 24-hour clock', () => {
  it.each([
    ['2026-11-27T16:59:00Z', 'Europe/London', 'Jetzt erreichbar bis 17 Uhr (britische Zeit).'],
    ['2026-11-28T12:00:00Z', 'Europe/Berlin', 'Jetzt nicht erreichbar. Wieder erreichbar am Montag ab 9 Uhr (britische Zeit, bei Ihnen 10 Uhr).'],
    // In Honolulu the UK's Monday 9am is still Sunday.
    ['2026-11-29T12:00:00Z', 'Pacific/Honolulu', 'Jetzt nicht erreichbar. Wieder erreichbar morgen ab 9 Uhr (britische Zeit, bei Ihnen am Sonntag um 23 Uhr).'],
  ])('at %s in %s', (at, zone, text) => {
    const now = new Date(at);
    expect(statusText(openStatus(helpline, now), inLang(helpline, 'de'), now, zone, de)).toBe(text);
  });
});

describe('wording in Welsh', () => {
  it.each([
    ['2026-11-27T16:59:00Z', 'Ar agor nawr, tan 5yh amser y DU.'],
    ['2026-11-27T17:00:00Z', 'Ar gau nawr. Yn agor ddydd Llun am 9yb amser y DU.'],
    ['2026-11-26T21:00:00Z', 'Ar gau nawr. Yn agor yfory am 9yb amser y DU.'],
  ])('at %s', (at, text) => {
    const now = new Date(at);
    expect(statusText(openStatus(helpline, now), inLang(helpline, 'cy'), now, 'Europe/London', cy)).toBe(text);
  });
});

// Norwegian: the 24-hour clock, the hour in two digits ("kl. 09.00"), day names from the
// locale file in lower case.
describe('wording in Norwegian, as "kl. 09.00"', () => {
  it.each([
    ['2026-11-27T16:59:00Z', 'Europe/London', 'Åpent nå til kl. 17.00 britisk tid.'],
    ['2026-11-26T21:00:00Z', 'Europe/London', 'Stengt nå. Åpner i morgen kl. 09.00 britisk tid.'],
    ['2026-11-28T12:00:00Z', 'Europe/Oslo', 'Stengt nå. Åpner mandag kl. 09.00 britisk tid (kl. 10.00 der du er).'],
    // In Honolulu the UK's Monday 9am is still Sunday.
    ['2026-11-29T12:00:00Z', 'Pacific/Honolulu', 'Stengt nå. Åpner i morgen kl. 09.00 britisk tid (søndag kl. 23.00 der du er).'],
  ])('at %s in %s', (at, zone, text) => {
    const now = new Date(at);
    expect(statusText(openStatus(helpline, now), inLang(helpline, 'nb'), now, zone, nb)).toBe(text);
  });

  it('writes minutes after a full stop, and the weekly hours with lower-case days', () => {
    expect(
      hoursSummary({ kind: 'weekly', timeZone: 'Europe/London', periods: [{ day: 7, open: '09:30', close: '12:00' }], holidays: fixtureDays, words: named('nb') }, nb),
    ).toEqual(['Åpent søndag, kl. 09.30 til kl. 12.00 (britisk tid)']);
    expect(hoursSummary(inLang(everyDay, 'nb'), nb)).toEqual([
      'Åpent mandag til fredag, kl. 08.00 til kl. 22.00 (britisk tid)',
      'Åpent lørdag og søndag, kl. 09.00 til kl. 18.00 (britisk tid)',
    ]);
  });
});

describe('the weekly summary', () => {
  it('groups days with the same hours', () => {
    expect(hoursSummary(helpline, en)).toEqual([
      'Monday to Thursday, 9am to 9pm (UK time)',
      'Friday, 9am to 5pm (UK time)',
    ]);
    expect(hoursSummary(inLang(helpline, 'cy'), cy)).toEqual([
      'Dydd Llun – Dydd Iau, 9yb – 9yh (amser y DU)',
      'Dydd Gwener, 9yb – 5yh (amser y DU)',
    ]);
  });

  it('keeps non-adjacent days apart and shows minutes', () => {
    expect(
      weeklyRuns([
        { day: 1, open: '09:30', close: '17:00' },
        { day: 3, open: '09:30', close: '17:00' },
      ]),
    ).toHaveLength(2);
    expect(
      hoursSummary(
        { kind: 'weekly', timeZone: 'Europe/London', periods: [{ day: 7, open: '09:30', close: '12:00' }], holidays: fixtureDays, words: named('en') },
        en,
      ),
    ).toEqual(['Sunday, 9:30am to 12pm (UK time)']);
  });

  it('joins two days with "and", and runs of three or more with "to", in every language', () => {
    const nspcc = everyDay;
    expect(hoursSummary(nspcc, en)).toEqual([
      'Monday to Friday, 8am to 10pm (UK time)',
      'Saturday and Sunday, 9am to 6pm (UK time)',
    ]);
    expect(hoursSummary(inLang(nspcc, 'cy'), cy)[1]).toBe('Dydd Sadwrn a Dydd Sul, 9yb – 6yh (amser y DU)');
    expect(hoursSummary(inLang(nspcc, 'de'), de)).toEqual([
      'Montag bis Freitag, 8 Uhr bis 22 Uhr (britische Zeit)',
      'Samstag und Sonntag, 9 Uhr bis 18 Uhr (britische Zeit)',
    ]);
  });

  it('says nothing for unknown hours', () => {
    expect(hoursSummary({ kind: 'unknown' }, en)).toEqual([]);
  });
});

describe('zonedInstant', () => {
  it.each([
    [{ year: 2026, month: 3, day: 29 }, 9 * 60, 'Europe/London', '2026-03-29T08:00:00Z'],
    [{ year: 2026, month: 10, day: 25 }, 9 * 60, 'Europe/London', '2026-10-25T09:00:00Z'],
    [{ year: 2026, month: 1, day: 5 }, 9 * 60, 'America/New_York', '2026-01-05T14:00:00Z'],
    [{ year: 2026, month: 1, day: 5 }, 9 * 60, 'Australia/Sydney', '2026-01-04T22:00:00Z'],
  ])('%o at minute %i in %s', (date, minutes, zone, expected) => {
    expect(zonedInstant(date, minutes, zone).toISOString()).toBe(new Date(expected).toISOString());
  });
});
