import { statusText } from '@/lib/format-hours';
import { openStatus } from '@/lib/hours';
import type { Hours } from '@/lib/plan';
import { useTranslator } from '@/locales/context';
import { useClock } from './clock';

interface Props {
  hours: Hours;
}

/** "Open now, until 9pm UK time." Nothing at all where the hours are not verified. */
export function OpenStatus({ hours }: Props) {
  const tr = useTranslator();
  const { now, timeZone } = useClock();
  const status = openStatus(hours, now);
  const text = statusText(status, now, timeZone, tr);
  if (!text) return null;
  const state = status.state === 'closed' || status.state === 'never' ? 'closed' : 'open';
  return (
    <p class={`open-status open-status-${state}`}>
      <span class="open-status-dot" aria-hidden="true" />
      {text}
      {hours.kind === 'weekly' && <span class="open-status-note"> {tr.t('hours.holidays')}</span>}
    </p>
  );
}
