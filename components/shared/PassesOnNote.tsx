import type { PackService } from '@/lib/pack';
import { useTranslator } from '@/locales/context';

interface Props {
  service: PackService<{ passesOnShort?: string }>;
}

/**
 * One plain sentence on what the service passes on, under a heading of its own line (a
 * heading run into the sentence would put a capital after a colon, which French and Dutch
 * do not allow); the guide gives its full wording.
 */
export function PassesOnNote({ service }: Props) {
  const tr = useTranslator();
  const short = service.words.passesOnShort;
  if (!short) return null;
  return (
    <p class="passes-on">
      <strong class="passes-on-heading">{tr.t('helpline.passesOnHeading')}</strong>
      {short}
    </p>
  );
}
