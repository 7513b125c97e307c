import { useTranslator } from '../locales/context';

interface Props {
  onOpenGuide: () => void;
}

export function PopupFooter({ onOpenGuide }: Props) {
  const tr = useTranslator();
  return (
    <footer class="page-footer">
      <p>{tr.t('footer.promise')}</p>
      <p class="page-footer-row">
        <button type="button" class="link-button" onClick={onOpenGuide}>
          {tr.t('footer.guide')}
        </button>
        <span>{tr.t('footer.independent')}</span>
      </p>
    </footer>
  );
}
