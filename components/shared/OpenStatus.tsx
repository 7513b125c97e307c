import { statusText, usualToday } from '@/lib/format-hours';
import { openStatus } from '@/lib/hours';
import type { PackHours } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { useClock } from './clock';

interface Props {
  hours: PackHours;
  /**
   * The popup's short form: the status alone. Its sentence speaks only of today and the next
   * opening, and names a holiday on either; the note on public holidays and a holiday's
   * usual hours are the guide's.
   */
  short?: boolean;
}

/**
 * "Open now, until 9pm UK time." Nothing at all where the hours are not verified. On a
 * public holiday, or a day past the holiday table, neither open nor closed: it says so,
 * with the usual hours of the day.
 */
export function OpenStatus({ hours, short = false }: Props) {
  const tr = useTranslator();
  const { now, timeZone } = useClock();
  const status = openStatus(hours, now);
  const unsure = status.state === 'holiday' || status.state === 'unknown-day';
  const text = unsure && !short
    ? [statusText(status, hours, now, timeZone, tr), usualToday(hours, now, tr)].filter(Boolean).join(' ')
    : statusText(status, hours, now, timeZone, tr);
  if (!text) return null;
  const state = unsure ? 'unsure' : status.state === 'closed' || status.state === 'never' ? 'closed' : 'open';
  return (
    <p class={`open-status open-status-${state}`}>
      {/* Neither open nor closed: no coloured dot, which would say one or the other. */}
      {!unsure && <span class="open-status-dot" aria-hidden="true" />}
      {text}
      {/* The general caveat, where the sentence has not already named the holiday. */}
      {!short && hours.kind === 'weekly' && status.state !== 'holiday' && !(status.state === 'closed' && status.opensOnHoliday) && (
        <span class="open-status-note"> {tr.t('hours.holidays')}</span>
      )}
    </p>
  );
}
