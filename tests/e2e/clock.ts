/**
 * Fixed clocks for the browsers, chosen from the public holidays the UK's packs carry (four
 * years from the newest check of its facts), so a check never lands before them, or on a
 * bank holiday it did not choose, as the years go by.
 */
import { calendarDates, holidayDays } from '../../lib/holiday-table';
import { holidaysFrom } from '../../lib/project';

const table = holidayDays(['GB-ENG', 'GB-SCT', 'GB-NIR'], holidaysFrom('uk'));
const dayAfter = (from: string, days: number) => new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
const england = calendarDates('GB-ENG', table.from, table.until);
const scotland = calendarDates('GB-SCT', table.from, table.until);
const northernIreland = calendarDates('GB-NIR', table.from, table.until);
/** The UK's bank holidays in the table, any nation's, as YYYY-MM-DD. */
export const BANK_HOLIDAYS = [...new Set([...england, ...scotland, ...northernIreland])].sort();

const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
const weekdayOnly = (day: string) => weekday(day) >= 1 && weekday(day) <= 5;

/** The first weekday bank holiday of Scotland alone (2 January, St Andrew's Day): the helpline's usual day. */
export const SCOTLAND_ONLY = scotland.find((day) => weekdayOnly(day) && !england.includes(day) && !northernIreland.includes(day))!;
/** The first weekday bank holiday of Northern Ireland alone (17 March, 12 July). */
export const NORTHERN_IRELAND_ONLY = northernIreland.find((day) => weekdayOnly(day) && !england.includes(day) && !scotland.includes(day))!;

/** The first Christmas Day in the table, whatever day of the week it falls on. */
export const CHRISTMAS = BANK_HOLIDAYS.find((day) => day.endsWith('-12-25'))!;
/** The first Monday bank holiday of England and Wales in the table. */
export const MONDAY_HOLIDAY = england.find((day) => weekday(day) === 1)!;
/** A Tuesday that is no holiday, some weeks into the table: the UK helpline is open at noon. */
export const USUAL_TUESDAY = [...Array(14).keys()]
  .map((offset) => dayAfter(table.from, 60 + offset))
  .find((day) => weekday(day) === 2 && !BANK_HOLIDAYS.includes(day))!;

/**
 * A Saturday at noon UK time a week or more after the build, with no bank holiday on it or
 * on the Monday after: the UK helpline is closed until Monday at 9am.
 */
export function usualSaturdayNoon(): Date {
  for (let offset = 7; ; offset++) {
    const day = dayAfter(table.from, offset);
    const monday = dayAfter(day, 2);
    if (weekday(day) === 6 && !BANK_HOLIDAYS.includes(day) && !BANK_HOLIDAYS.includes(monday)) {
      return new Date(`${day}T12:00:00Z`);
    }
  }
}
