import { expect, it } from 'vitest';
import { dayKind, holidayDates, type HolidayTable, isoDate } from '@/lib/holidays';

const table: HolidayTable = { from: '2026-01-01', until: '2026-12-31', days: { 'GB-ENG': [358] } };

it.each([
  ['2026-12-25', 'holiday'],
  ['2026-12-24', 'usual'],
  ['2026-01-01', 'usual'],
  ['2025-12-31', 'unknown'],
  ['2027-01-01', 'unknown'],
])('%s is a %s day', (day, kind) => {
  expect(dayKind(table, 'GB-ENG', day)).toBe(kind);
});

it('vouches for no day of a calendar the table lacks', () => {
  expect(dayKind({ ...table, days: {} }, 'GB-ENG', '2026-12-24')).toBe('unknown');
});

it('writes dates as the table does', () => {
  expect(isoDate({ year: 2026, month: 4, day: 3 })).toBe('2026-04-03');
});

it('turns the table back into dates', () => {
  expect(holidayDates({ from: '2026-12-01', until: '2027-12-01', days: { 'GB-ENG': [24, 3, 4] } }, 'GB-ENG')).toEqual([
    '2026-12-25',
    '2026-12-28',
    '2027-01-01',
  ]);
});
