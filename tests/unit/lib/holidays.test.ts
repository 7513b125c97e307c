import { expect, it } from 'vitest';
import { dayKind, daysBetween, holidayDates, isoDate } from '@/lib/holidays';
import type { HolidayDays } from '@/lib/pack';

const days: HolidayDays = { from: '2026-01-01', until: '2026-12-31', calendars: [{ calendar: 'GB-ENG', gaps: [358] }] };

it.each([
  ['2026-12-25', { kind: 'holiday', calendar: 'GB-ENG' }],
  ['2026-12-24', { kind: 'usual' }],
  ['2026-01-01', { kind: 'usual' }],
  ['2026-12-31', { kind: 'usual' }],
  ['2025-12-31', { kind: 'unknown' }],
  ['2027-01-01', { kind: 'unknown' }],
])('%s is %o', (day, kind) => {
  expect(dayKind(days, day)).toEqual(kind);
});

it('vouches for every day in range as usual where a line keeps no calendar, and for none past the end', () => {
  const none: HolidayDays = { ...days, calendars: [] };
  expect(dayKind(none, '2026-12-25')).toEqual({ kind: 'usual' });
  expect(dayKind(none, '2027-01-01')).toEqual({ kind: 'unknown' });
});

it('names a holiday by the first calendar, in order, that has the day', () => {
  const two: HolidayDays = {
    from: '2026-12-01',
    until: '2027-12-01',
    calendars: [
      { calendar: 'BE', gaps: [24] },
      { calendar: 'DE', gaps: [24, 1] },
    ],
  };
  expect(dayKind(two, '2026-12-25')).toEqual({ kind: 'holiday', calendar: 'BE' });
  expect(dayKind(two, '2026-12-26')).toEqual({ kind: 'holiday', calendar: 'DE' });
  expect(dayKind(two, '2026-12-27')).toEqual({ kind: 'usual' });
});

it('writes dates as the days do', () => {
  expect(isoDate({ year: 2026, month: 4, day: 3 })).toBe('2026-04-03');
  expect(daysBetween('2026-12-01', '2027-01-01')).toBe(31);
  // Across a clock change, still whole days.
  expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
});

it('turns the days back into dates', () => {
  const back: HolidayDays = { from: '2026-12-01', until: '2027-12-01', calendars: [{ calendar: 'GB-ENG', gaps: [24, 3, 4] }] };
  expect(holidayDates(back, 'GB-ENG')).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
  expect(holidayDates(back, 'DE')).toEqual([]);
});
