import { describe, expect, it } from 'vitest';
import { SERVICES } from '@/data/directory';
import type { HolidayCalendar } from '@/data/types';
import { calendarDates, coversAYearFrom, holidayDays, holidayName, holidayTable, tableStart, YEARS_AHEAD } from '@/lib/holiday-table';
import { holidayDates } from '@/lib/holidays';

/** A calendar's days in a year, from the library. */
const inYear = (calendar: HolidayCalendar, year: number) => calendarDates(calendar, `${year}-01-01`, `${year}-12-31`);

describe('the holiday days made at build time', () => {
  it('knows every calendar a line with weekly hours keeps', () => {
    const calendars = [
      ...new Set(SERVICES.flatMap((service) => (service.hours.kind === 'weekly' ? service.hours.holidays : []))),
    ].sort();
    expect(calendars).toEqual(['BE', 'DE', 'DE-STATES', 'GB-ENG', 'GB-NIR', 'GB-SCT']);
    for (const calendar of calendars) expect(calendarDates(calendar, '2026-12-01', '2030-12-01').length, calendar).toBeGreaterThan(5);
  });

  it('gives Scotland and Northern Ireland their own bank holidays, and Germany only its national ones, not Christmas Eve or New Year’s Eve', () => {
    const in2026 = (calendar: HolidayCalendar) => inYear(calendar, 2026);
    expect(in2026('GB-SCT')).toEqual(expect.arrayContaining(['2026-01-02', '2026-08-03', '2026-11-30']));
    expect(in2026('GB-SCT')).not.toContain('2026-04-06');
    expect(in2026('GB-NIR')).toEqual(expect.arrayContaining(['2026-03-17', '2026-07-13']));
    expect(in2026('DE')).not.toContain('2026-12-24');
    expect(in2026('DE')).not.toContain('2026-12-31');
    expect(in2026('DE')).toContain('2026-10-03');
    // Fronleichnam and Reformationstag: some states' days, never national ones.
    expect(in2026('DE-STATES')).toEqual(expect.arrayContaining(['2026-06-04', '2026-10-31']));
    for (const day of in2026('DE')) expect(in2026('DE-STATES')).not.toContain(day);
  });

  it.each(['BE', 'DE'] as const)('gives %s public holidays from date-holidays, and no observances', (calendar) => {
    const dates = inYear(calendar, 2026);
    expect(dates.length).toBeGreaterThan(5);
    // Valentine's Day is an observance in the library, not a day off.
    expect(dates).not.toContain('2026-02-14');
  });

  it('gives England and Wales the bank holidays the fact sheet checked for 2026', () => {
    expect(inYear('GB-ENG', 2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31',
      '2026-12-25', '2026-12-26', '2026-12-28',
    ]);
  });

  it('carries one list of days, each as a gap from the one before, named by the calendars that keep it', () => {
    const days = holidayTable('2026-12-01', '2027-12-01', {
      'GB-ENG': ['2026-12-25', '2026-12-28'],
      'GB-SCT': ['2026-12-25', '2026-12-28', '2027-01-04'],
      'GB-NIR': ['2026-12-25'],
    });
    // 25 December is 24 days after 1 December; the substitute Boxing Day three after.
    expect(days).toEqual({ from: '2026-12-01', until: '2027-12-01', gaps: [24, 3, 7], names: ['GB', 'GB-part', 'GB-SCT'] });
    expect(holidayDates(days)).toEqual(['2026-12-25', '2026-12-28', '2027-01-04']);
  });

  it.each([
    [['GB-ENG', 'GB-SCT', 'GB-NIR'], 'GB'],
    [['GB-ENG', 'GB-NIR'], 'GB-ENG-NIR'],
    [['GB-ENG'], 'GB-ENG'],
    [['GB-SCT'], 'GB-SCT'],
    [['GB-NIR'], 'GB-NIR'],
    [['GB-SCT', 'GB-NIR'], 'GB-part'],
    [['GB-ENG', 'GB-SCT'], 'GB-part'],
    [['DE'], 'DE'],
    [['DE', 'DE-STATES'], 'DE'],
    [['DE-STATES'], 'DE-STATES'],
    [['BE'], 'BE'],
  ] as const)('names a holiday of %o as %s', (calendars, name) => {
    expect(holidayName(calendars)).toBe(name);
  });

  it('names the real UK days by the nations that keep them', () => {
    const days = holidayDays(['GB-ENG', 'GB-SCT', 'GB-NIR'], '2026-01-01', 1);
    const named = Object.fromEntries(holidayDates(days).map((day, index) => [day, days.names[index]]));
    expect(named).toMatchObject({ '2026-01-01': 'GB', '2026-01-02': 'GB-SCT', '2026-03-17': 'GB-NIR', '2026-04-06': 'GB-ENG-NIR', '2026-08-03': 'GB-SCT', '2026-08-31': 'GB-ENG-NIR', '2026-12-25': 'GB' });
  });

  it('covers four years from its first day, and only them: three from any build the data tests pass', () => {
    const days = holidayDays(['GB-ENG'], '2026-12-01');
    expect(YEARS_AHEAD).toBe(4);
    expect([days.from, days.until]).toEqual(['2026-12-01', '2030-12-01']);
    const dates = holidayDates(days);
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

  it('fails the build where no fact was checked, rather than start the days from nowhere', () => {
    expect(() => tableStart([])).toThrow(/No checked source/);
    expect(() => tableStart([{ id: 'x', sources: [] } as never])).toThrow(/\(x\)/);
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
