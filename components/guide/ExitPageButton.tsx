import { useTranslator } from '@/locales/context';

interface Props {
  onExit: () => void;
}

/** After the GOV.UK "Exit this page" pattern; Shift three times does the same. */
export function ExitPageButton({ onExit }: Props) {
  const tr = useTranslator();
  return (
    <button type="button" class="exit-button" data-exit onClick={onExit}>
      {tr.t('guide.exit')}
    </button>
  );
}
