import type { Lang } from '../lib/region';
import { useTranslator } from '../locales/context';

interface Props {
  onChange: (lang: Lang) => void;
}

/** Chrome has no Welsh interface, so the choice is offered in the page itself. */
export function LanguageSwitch({ onChange }: Props) {
  const tr = useTranslator();
  const other: Lang = tr.lang === 'en' ? 'cy' : 'en';
  return (
    <button
      type="button"
      class="language-switch"
      lang={other}
      aria-label={tr.t('lang.switchToLabel', { language: tr.t('lang.switchTo') })}
      onClick={() => onChange(other)}
    >
      {tr.t('lang.switchTo')}
    </button>
  );
}
