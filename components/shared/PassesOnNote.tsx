import type { Planned } from '@/lib/plan';
import { useTranslator } from '@/locales/context';

interface Props {
  service: Planned;
}

/** One plain sentence on what the service passes on, and its full wording one click away. */
export function PassesOnNote({ service }: Props) {
  const tr = useTranslator();
  const short = tr.maybe(`service.${service.id}.passesOnShort`);
  if (!short) return null;
  const full = tr.maybe(`service.${service.id}.passesOnFull`);
  return (
    <div class="passes-on">
      <p>
        <strong>{tr.t('helpline.passesOnHeading')}:</strong> {short}
      </p>
      {full && (
        <details>
          <summary>{tr.t('helpline.fullWording')}</summary>
          <p>{full}</p>
        </details>
      )}
    </div>
  );
}
