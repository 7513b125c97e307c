import { useTranslator } from '@/locales/context';
import { NewTabLink } from '@/components/shared/NewTabLink';

interface Props {
  /** The guide's address: it carries no choice made in the popup (lib/guide.ts). */
  guideHref: string;
}

export function PopupFooter({ guideHref }: Props) {
  const tr = useTranslator();
  return (
    <footer class="page-footer">
      <p>{tr.t('footer.promise')}</p>
      <p class="page-footer-row">
        {/* A plain link: the guide needs no browser API to open, so the popup loads none. */}
        <NewTabLink href={guideHref} class="footer-link">
          {tr.t('footer.guide')}
        </NewTabLink>
        <span>{tr.t('footer.independent')}</span>
      </p>
    </footer>
  );
}
