import { useTranslator } from '../locales/context';

interface Props {
  onOpenGuide: () => void;
}

export function PopupFooter({ onOpenGuide }: Props) {
  const tr = useTranslator();
  return (
    <footer class="page-footer">
      <p>{tr.t('footer.promise')}</p>
      <p>
        <button type="button" class="link-button" onClick={onOpenGuide}>
          {tr.t('footer.guide')}
        </button>
      </p>
      <p>{tr.t('footer.independent')}</p>
    </footer>
  );
}
