import { hoursSummary } from '@/lib/format-hours';
import type { PackHours } from '@/lib/pack';
import { useTranslator } from '@/locales/context';

interface Props {
  hours: PackHours;
}

/** The weekly hours, a line for each run of days ("Monday to Thursday, 9am to 9pm (UK time)"). */
export function Schedule({ hours }: Props) {
  const tr = useTranslator();
  return (
    <>
      {hoursSummary(hours, tr).map((line) => (
        <p class="schedule" key={line}>
          {line}
        </p>
      ))}
    </>
  );
}
