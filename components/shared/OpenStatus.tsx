import { statusText, type usualToday } from '@/lib/format-hours';
import { openStatus } from '@/lib/hours';
import type { PackHours } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { useClock } from './clock';

interface Props {
  hours: PackHours;
  /**
   * The guide's long form (lib/format-hours.ts, usualToday): on a day the status cannot vouch
   * for, the day's usual hours, and under a weekly status the note on public holidays. The
   * popup's short form passes none (its sentence names a holiday on today or the next
   * opening), so its script carries neither.
   */
  usualHours?: typeof usualToday;
}

/**
 * "Open now, until 9pm UK time." Nothing at all where the hours are not verified. On a
 * public holiday, or a day past the holiday table, neither open nor closed: it says so,
 * with the usual hours of the day.
 */
export function OpenStatus({ hours, usualHours }: Props) {
  const tr = useTranslator();
  const { now, timeZone } = useClock();
  const status = openStatus(hours, now);
  const unsure = status.state === 'holiday' || status.state === 'unknown-day';
  const text = unsure && usualHours
    ? [statusText(status, hours, now, timeZone, tr), usualHours(hours, now, tr)].filter(Boolean).join(' ')
    : statusText(status, hours, now, timeZone, tr);
  if (!text) return null;
  const state = unsure ? 'unsure' : status.state === 'closed' || status.state === 'never' ? 'closed' : 'open';
  return (
    <p class={`open-status open-status-${state}`}>
      {/* Neither open nor closed: no coloured dot, which would say one or the other. */}
      {!unsure && <span class="open-status-dot" aria-hidden="true" />}
      {text}
      {/* The general caveat, where the sentence has not already named the holiday. */}
      {usualHours && hours.kind === 'weekly' && status.state !== 'holiday' && !(status.state === 'closed' && status.opensOnHoliday) && (
        <span class="open-status-note"> {tr.t('hours.holidays')}</span>
      )}
    </p>
  );
}
