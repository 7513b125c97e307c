import { describe, expect, it } from 'vitest';
import { SERVICES } from '@/data/directory';
import { holidayDates } from '@/lib/holidays';
import { calendarsOf, coversAYearFrom, holidayTable, tableStart, YEARS_AHEAD } from '@/modules/holidays';

describe('the holiday table made at build time', () => {
  it('names every calendar a line with weekly hours keeps', () => {
    expect(calendarsOf(SERVICES)).toEqual(['BE', 'DE', 'GB-ENG']);
  });

  it.each(['BE', 'DE'] as const)('gives %s public holidays from date-holidays, and no observances', (calendar) => {
    const dates = holidayDates(holidayTable([calendar], '2026-01-01'), calendar).filter((day) => day.startsWith('2026-'));
    expect(dates.length).toBeGreaterThan(5);
    // Valentine's Day is an observance in the library, not a day off.
    expect(dates).not.toContain('2026-02-14');
  });

  it('gives England and Wales the bank holidays the fact sheet checked for 2026', () => {
    const table = holidayTable(['GB-ENG'], '2026-01-01');
    const dates = holidayDates(table, 'GB-ENG');
    expect(dates.filter((day) => day.startsWith('2026-'))).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31',
      '2026-12-25', '2026-12-26', '2026-12-28',
    ]);
  });

  it('covers four years from its first day, and only them: three from any build the data tests pass', () => {
    const table = holidayTable(['GB-ENG'], '2026-12-01');
    expect(YEARS_AHEAD).toBe(4);
    expect([table.from, table.until]).toEqual(['2026-12-01', '2030-12-01']);
    const days = holidayDates(table, 'GB-ENG');
    expect([days[0], days.at(-1)]).toEqual(['2026-12-25', '2030-08-26']);
  });

  it('starts on the newest check of the facts, a date in the sources, so every rebuild makes the same table', () => {
    const checked = (day: string) => ({ sources: [{ url: 'https://example.invalid/', checked: day }] }) as never;
    expect(tableStart([checked('2026-11-29'), checked('2026-12-01'), checked('2025-06-30')])).toBe('2026-12-01');
    expect(tableStart()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('fails loudly for a calendar the library does not know', () => {
    expect(() => holidayTable(['XX' as 'GB-ENG'], '2026-01-01')).toThrow(/XX/);
  });

  it.each([
    ['2026-12-01', '2029-12-31', true],
    ['2028-12-31', '2029-12-31', true],
    ['2029-01-01', '2029-12-31', false],
  ])('on %s a table ending %s covers a year: %s', (day, until, covers) => {
    expect(coversAYearFrom({ until }, new Date(`${day}T12:00:00Z`))).toBe(covers);
  });
});
