/**
 * Opening hours and status in words, in the chosen language. Every word comes from the
 * locale modules, never from Intl: Chromium ships Intl data only for its own interface
 * languages, and Welsh is not one, so Intl would quietly print English day names there.
 * Each language writes a time its own way: GOV.UK's "9am", "5:30pm"; Welsh "9yb"; a
 * 24-hour "21 Uhr" where that is the custom.
 */
import type { TimeZone, Weekday } from '@/data/types';
import type { Translator } from '@/locales';
import type { HolidayName } from './holidays';
import { type OpenStatus, parseClock, wallTime, weeklyRuns } from './hours';
import type { PackHours } from './pack';

/** "9pm" (or "21 Uhr") for the instant, on the wall clock of the zone. */
function formatTime(date: Date, timeZone: string, tr: Translator): string {
  const { minutes } = wallTime(date, timeZone);
  const hour = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, '0');
  const half = hour < 12 ? 'am' : 'pm';
  // Every form of the hour is given; each language's sentence uses the one it writes:
  // {h12} "9am", {h24} "21 Uhr", {hh} (two digits) Norwegian "kl. 09.00".
  const h24 = String(hour);
  const clock = { h12: String(hour % 12 === 0 ? 12 : hour % 12), h24, hh: h24.padStart(2, '0'), mm };
  return mm === '00' ? tr.t(`hours.clock.${half}`, clock) : tr.t(`hours.clock.${half}Minutes`, clock);
}

/** "9am" for a schedule's "09:00". */
function formatClock(clock: string, tr: Translator): string {
  return formatTime(new Date(Date.UTC(2024, 0, 1, 0, parseClock(clock))), 'UTC', tr);
}

/** "Monday" (or "Dydd Llun") for an ISO weekday. */
function weekdayName(day: Weekday, tr: Translator): string {
  return tr.t(`hours.weekday.${day}`);
}

/** The day as it reads after "opens": Welsh mutates it ("yn agor ddydd Llun"). */
function weekdayOn(day: Weekday, tr: Translator): string {
  return tr.t(`hours.weekdayOn.${day}`);
}

type Weekly = Extract<PackHours, { kind: 'weekly' }>;

/** "a bank holiday in Scotland": its pack names every holiday its calendars can give. */
function holidayWords(name: HolidayName, hours: Weekly): string {
  const words = hours.words.holidays[name];
  if (!words) throw new Error(`No words for the holiday ${name}`);
  return words;
}

function sameZoneClock(a: string, b: string, at: Date): boolean {
  if (a === b) return true;
  const x = wallTime(at, a);
  const y = wallTime(at, b);
  return x.day === y.day && x.minutes === y.minutes;
}

/** The person's own clock for an instant, with the day when it is not the service's day. */
function localTime(instant: Date, serviceZone: string, userZone: string, tr: Translator): string {
  const time = formatTime(instant, userZone, tr);
  const there = wallTime(instant, serviceZone);
  const here = wallTime(instant, userZone);
  if (there.day === here.day) return time;
  return tr.t('hours.dayTime', { day: weekdayName(here.weekday, tr), time });
}

/**
 * The status sentence: "Open now, until 9pm UK time." or "Closed now. Opens Monday at 9am
 * UK time.", with the person's own time added when their zone's clock differs. On a
 * public holiday it says so instead, naming the holiday's calendar: the usual hours may
 * not hold then. None past the holiday table's end.
 */
export function statusText(status: OpenStatus, hours: PackHours, now: Date, userZone: string, tr: Translator): string | undefined {
  if (status.state === 'always') return tr.t('hours.always');
  if (hours.kind !== 'weekly') return undefined;
  if (status.state === 'holiday') return tr.t('hours.holidayToday', { holiday: holidayWords(status.holiday, hours) });
  if (status.state !== 'open' && status.state !== 'closed') return undefined;

  const { changesAt, timeZone } = status;
  const time = formatTime(changesAt, timeZone, tr);
  const zone = hours.words.zone;
  const local = sameZoneClock(timeZone, userZone, changesAt)
    ? ''
    : tr.t('hours.local', { time: localTime(changesAt, timeZone, userZone, tr) });

  if (status.state === 'open') return tr.t('hours.open', { time, zone, local });
  // Short: the day it usually opens is a holiday. Its usual hours are the guide's.
  if (status.opensOnHoliday) {
    const day = weekdayOn(wallTime(changesAt, timeZone).weekday, tr);
    return tr.t('hours.closedBeforeHoliday', { day, holiday: holidayWords(status.opensOnHoliday, hours) });
  }
  const today = wallTime(now, timeZone);
  const opening = wallTime(changesAt, timeZone);
  const daysAhead = Math.round(
    (Date.UTC(opening.year, opening.month - 1, opening.day) -
      Date.UTC(today.year, today.month - 1, today.day)) /
      86_400_000,
  );
  if (daysAhead === 0) return tr.t('hours.closedToday', { time, zone, local });
  if (daysAhead === 1) return tr.t('hours.closedTomorrow', { time, zone, local });
  return tr.t('hours.closedLater', { day: weekdayOn(opening.weekday, tr), time, zone, local });
}

/**
 * The usual hours of the service's own day, for a day Signpost cannot vouch for (a public
 * holiday, or past the holiday table): "Usual hours today: 9am to 5pm (UK time)."
 */
export function usualToday(hours: PackHours, now: Date, tr: Translator): string | undefined {
  if (hours.kind !== 'weekly') return undefined;
  const { weekday } = wallTime(now, hours.timeZone);
  const times = hours.periods
    .filter((period) => period.day === weekday)
    .map((period) => tr.t('hours.timeRange', { open: formatClock(period.open, tr), close: formatClock(period.close, tr) }));
  if (times.length === 0) return tr.t('hours.usuallyClosedToday');
  return tr.t('hours.usualToday', { times: times.join(', '), zone: hours.words.zone });
}

/** One line per run of days ("Monday to Thursday, 9am to 9pm (UK time)"); none when unknown. */
export function hoursSummary(hours: PackHours, tr: Translator): string[] {
  if (hours.kind === 'always') return [tr.t('hours.always')];
  if (hours.kind !== 'weekly') return [];
  const { zone } = hours.words;
  return weeklyRuns(hours.periods).map((run) => {
    const ends = { from: weekdayName(run.from, tr), to: weekdayName(run.to, tr) };
    // "Friday" ("Le lundi"); "Saturday and Sunday"; "Monday to Thursday".
    const days =
      run.from === run.to ? tr.t('hours.dayOne', { day: ends.from }) : tr.t(run.to === run.from + 1 ? 'hours.dayPair' : 'hours.dayRange', ends);
    const times = run.periods
      .map((period) =>
        tr.t('hours.timeRange', { open: formatClock(period.open, tr), close: formatClock(period.close, tr) }),
      )
      .join(', ');
    return tr.t('hours.range', { days, times, zone });
  });
}
