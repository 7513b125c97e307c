import type { Hours } from '../data/types';
import { statusText } from '../lib/format-hours';
import { openStatus } from '../lib/hours';
import { useTranslator } from '../locales/context';

interface Props {
  hours: Hours;
  now: Date;
  userTimeZone: string;
}

/** "Open now, until 9pm UK time." Nothing at all where the hours are not verified. */
export function OpenStatus({ hours, now, userTimeZone }: Props) {
  const tr = useTranslator();
  const status = openStatus(hours, now);
  const text = statusText(status, now, userTimeZone, tr);
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
