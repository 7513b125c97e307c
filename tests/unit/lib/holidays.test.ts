import { expect, it } from 'vitest';
import { dayKind, daysBetween, type HolidayDays, holidayDates, isoDate } from '@/lib/holidays';

const days: HolidayDays = { from: '2026-01-01', until: '2026-12-31', gaps: [358], names: ['GB-ENG'] };

it.each([
  ['2026-12-25', { kind: 'holiday', name: 'GB-ENG' }],
  ['2026-12-24', { kind: 'usual' }],
  ['2026-01-01', { kind: 'usual' }],
  ['2026-12-31', { kind: 'usual' }],
  ['2025-12-31', { kind: 'unknown' }],
  ['2027-01-01', { kind: 'unknown' }],
])('%s is %o', (day, kind) => {
  expect(dayKind(days, day)).toEqual(kind);
});

it('vouches for every day in range as usual where a line keeps no holidays, and for none past the end', () => {
  const none: HolidayDays = { ...days, gaps: [], names: [] };
  expect(dayKind(none, '2026-12-25')).toEqual({ kind: 'usual' });
  expect(dayKind(none, '2027-01-01')).toEqual({ kind: 'unknown' });
});

it('gives each day its own name, and a holiday on the first day a gap of none', () => {
  const nations: HolidayDays = { from: '2026-12-25', until: '2027-12-01', gaps: [0, 1, 6], names: ['GB', 'GB-SCT', 'GB'] };
  expect(dayKind(nations, '2026-12-25')).toEqual({ kind: 'holiday', name: 'GB' });
  expect(dayKind(nations, '2026-12-26')).toEqual({ kind: 'holiday', name: 'GB-SCT' });
  expect(dayKind(nations, '2026-12-27')).toEqual({ kind: 'usual' });
  expect(dayKind(nations, '2027-01-01')).toEqual({ kind: 'holiday', name: 'GB' });
});

it('writes dates as the days do', () => {
  expect(isoDate({ year: 2026, month: 4, day: 3 })).toBe('2026-04-03');
  expect(daysBetween('2026-12-01', '2027-01-01')).toBe(31);
  // Across a clock change, still whole days.
  expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
});

it('turns the days back into dates', () => {
  const back: HolidayDays = { from: '2026-12-01', until: '2027-12-01', gaps: [24, 3, 4], names: ['GB', 'GB', 'GB'] };
  expect(holidayDates(back)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
});
