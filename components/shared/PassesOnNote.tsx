import type { Planned } from '@/lib/plan';
import { useTranslator } from '@/locales/context';

interface Props {
  service: Planned;
}

/** One plain sentence on what the service passes on; the guide gives its full wording. */
export function PassesOnNote({ service }: Props) {
  const tr = useTranslator();
  const short = tr.service(service.id).passesOnShort;
  if (!short) return null;
  return (
    <p class="passes-on">
      <strong>{tr.t('helpline.passesOnHeading')}</strong> {short}
    </p>
  );
}
