import { describe, expect, it } from 'vitest';
import { SERVICES } from '@/data/directory';
import type { HolidayCalendar } from '@/data/types';
import { coversAYearFrom, holidayDays, tableStart, YEARS_AHEAD } from '@/lib/holiday-table';
import { holidayDates } from '@/lib/holidays';

describe('the holiday days made at build time', () => {
  it('knows every calendar a line with weekly hours keeps', () => {
    const calendars = [
      ...new Set(SERVICES.flatMap((service) => (service.hours.kind === 'weekly' ? service.hours.holidays : []))),
    ].sort();
    expect(calendars).toEqual(['BE', 'DE', 'GB-ENG']);
    const days = holidayDays(calendars, '2026-12-01');
    expect(days.calendars.map((entry) => entry.calendar)).toEqual(calendars);
    for (const calendar of calendars) expect(holidayDates(days, calendar).length, calendar).toBeGreaterThan(5);
  });

  it.each(['BE', 'DE'] as const)('gives %s public holidays from date-holidays, and no observances', (calendar) => {
    const dates = holidayDates(holidayDays([calendar], '2026-01-01'), calendar).filter((day) => day.startsWith('2026-'));
    expect(dates.length).toBeGreaterThan(5);
    // Valentine's Day is an observance in the library, not a day off.
    expect(dates).not.toContain('2026-02-14');
  });

  it('gives England and Wales the bank holidays the fact sheet checked for 2026', () => {
    const dates = holidayDates(holidayDays(['GB-ENG'], '2026-01-01'), 'GB-ENG');
    expect(dates.filter((day) => day.startsWith('2026-'))).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31',
      '2026-12-25', '2026-12-26', '2026-12-28',
    ]);
  });

  it('keeps the calendars in the order given, each as gaps from the first day', () => {
    const days = holidayDays(['DE', 'GB-ENG'], '2026-12-01', 1);
    expect(days.calendars.map((entry) => entry.calendar)).toEqual(['DE', 'GB-ENG']);
    const england = days.calendars[1]!.gaps;
    // 25 December is 24 days after 1 December; Boxing Day the next; its substitute two after.
    expect(england.slice(0, 3)).toEqual([24, 1, 2]);
    expect(england.every((gap) => gap > 0)).toBe(true);
  });

  it('covers four years from its first day, and only them: three from any build the data tests pass', () => {
    const days = holidayDays(['GB-ENG'], '2026-12-01');
    expect(YEARS_AHEAD).toBe(4);
    expect([days.from, days.until]).toEqual(['2026-12-01', '2030-12-01']);
    const dates = holidayDates(days, 'GB-ENG');
    expect([dates[0], dates.at(-1)]).toEqual(['2026-12-25', '2030-08-26']);
    expect(holidayDays(['GB-ENG'], '2026-12-01', 1).until).toBe('2027-12-01');
  });

  it('starts on the newest check of the facts, a date in the sources, so every rebuild makes the same days', () => {
    const checked = (day: string) => ({ sources: [{ url: 'https://example.invalid/', checked: day }] }) as never;
    expect(tableStart([checked('2026-11-29'), checked('2026-12-01'), checked('2025-06-30')])).toBe('2026-12-01');
    expect(tableStart(SERVICES)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The same services give the same day, whatever their order.
    expect(tableStart([...SERVICES].reverse())).toBe(tableStart(SERVICES));
  });

  it('fails loudly for a calendar the library does not know', () => {
    expect(() => holidayDays(['XX' as HolidayCalendar], '2026-01-01')).toThrow(/XX/);
  });

  it.each([
    ['2026-12-01', '2029-12-31', true],
    ['2028-12-31', '2029-12-31', true],
    ['2029-01-01', '2029-12-31', false],
  ])('on %s days ending %s cover a year: %s', (day, until, covers) => {
    expect(coversAYearFrom({ until }, new Date(`${day}T12:00:00Z`))).toBe(covers);
  });
});
