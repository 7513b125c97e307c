/**
 * Fixed clocks for the browsers, chosen from the holiday table the build made (four years
 * from the newest check of the facts), so a check never lands before the table or on a bank holiday as
 * the years go by.
 */
import { holidayDates } from '../../lib/holidays';
import { holidayTable, tableStart } from '../../modules/holidays';

const table = holidayTable(['GB-ENG'], tableStart());
const dayAfter = (from: string, days: number) => new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
/** England and Wales' bank holidays in the table, as YYYY-MM-DD. */
export const BANK_HOLIDAYS = holidayDates(table, 'GB-ENG');

/**
 * A Saturday at noon UK time a week or more after the build, with no bank holiday on it or
 * on the Monday after: the UK helpline is closed until Monday at 9am.
 */
export function usualSaturdayNoon(): Date {
  for (let offset = 7; ; offset++) {
    const day = dayAfter(table.from, offset);
    const monday = dayAfter(day, 2);
    if (new Date(`${day}T12:00:00Z`).getUTCDay() === 6 && !BANK_HOLIDAYS.includes(day) && !BANK_HOLIDAYS.includes(monday)) {
      return new Date(`${day}T12:00:00Z`);
    }
  }
}
