/**
 * Opening hours and status in words, in the chosen language. Numbers and day names come
 * from Intl; "am"/"pm" come from the locale, because GOV.UK style ("9am", "5:30pm") and
 * Welsh ("9yb", "9yh") differ from what Intl prints.
 */
import type { Hours, Weekday } from '@/data/types';
import type { MessageKey, Translator } from '@/locales';
import { cachedBy, type OpenStatus, parseClock, wallTime, weeklyRuns } from './hours';

const numberFormat = cachedBy((locale) => new Intl.NumberFormat(locale));
const weekdayFormat = cachedBy((locale) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }));

function clockParts(date: Date, timeZone: string, tr: Translator): string {
  const { minutes } = wallTime(date, timeZone);
  const hour = Math.floor(minutes / 60);
  const minute = String(minutes % 60).padStart(2, '0');
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const digits = numberFormat(tr.intlLocale).format(hour12);
  const suffix = tr.t(hour < 12 ? 'hours.am' : 'hours.pm');
  return minute === '00' ? `${digits}${suffix}` : `${digits}:${minute}${suffix}`;
}

/** "9pm" for the instant, on the wall clock of the zone. */
export function formatTime(instant: Date, timeZone: string, tr: Translator): string {
  return clockParts(instant, timeZone, tr);
}

/** "9am" for a schedule's "09:00". */
export function formatClock(clock: string, tr: Translator): string {
  return clockParts(new Date(Date.UTC(2024, 0, 1, 0, parseClock(clock))), 'UTC', tr);
}

/** "Monday" (or "Dydd Llun") for an ISO weekday. 1 January 2024 was a Monday. */
export function weekdayName(day: Weekday, tr: Translator): string {
  return weekdayFormat(tr.intlLocale).format(new Date(Date.UTC(2024, 0, day)));
}

function zoneLabel(timeZone: string, tr: Translator): string {
  const key = `hours.zone.${timeZone}`;
  if (tr.has(key)) return tr.t(key as MessageKey & `hours.zone.${string}`);
  // A zone the locales do not name yet: Intl's own name is still true, if less friendly.
  return (
    new Intl.DateTimeFormat(tr.intlLocale, { timeZone, timeZoneName: 'long' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
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
 * UK time.", with the person's own time added when their zone's clock differs.
 */
export function statusText(
  status: OpenStatus,
  now: Date,
  userZone: string,
  tr: Translator,
): string | undefined {
  if (status.state === 'always') return tr.t('hours.always');
  if (status.state !== 'open' && status.state !== 'closed') return undefined;

  const { changesAt, timeZone } = status;
  const time = formatTime(changesAt, timeZone, tr);
  const zone = zoneLabel(timeZone, tr);
  const local = sameZoneClock(timeZone, userZone, changesAt)
    ? ''
    : tr.t('hours.local', { time: localTime(changesAt, timeZone, userZone, tr) });

  if (status.state === 'open') return tr.t('hours.open', { time, zone, local });
  const today = wallTime(now, timeZone);
  const opening = wallTime(changesAt, timeZone);
  const daysAhead = Math.round(
    (Date.UTC(opening.year, opening.month - 1, opening.day) -
      Date.UTC(today.year, today.month - 1, today.day)) /
      86_400_000,
  );
  if (daysAhead === 0) return tr.t('hours.closedToday', { time, zone, local });
  if (daysAhead === 1) return tr.t('hours.closedTomorrow', { time, zone, local });
  return tr.t('hours.closedLater', { day: weekdayName(opening.weekday, tr), time, zone, local });
}

/** One line per run of days ("Monday to Thursday, 9am to 9pm (UK time)"); none when unknown. */
export function hoursSummary(hours: Hours, tr: Translator): string[] {
  if (hours.kind === 'always') return [tr.t('hours.always')];
  if (hours.kind !== 'weekly') return [];
  const zone = zoneLabel(hours.timeZone, tr);
  return weeklyRuns(hours.periods).map((run) => {
    const days =
      run.from === run.to
        ? weekdayName(run.from, tr)
        : tr.t('hours.dayRange', { from: weekdayName(run.from, tr), to: weekdayName(run.to, tr) });
    const times = run.periods
      .map((period) =>
        tr.t('hours.timeRange', { open: formatClock(period.open, tr), close: formatClock(period.close, tr) }),
      )
      .join(', ');
    return `${tr.t('hours.range', { days, times })} (${zone})`;
  });
}
