import { LANGS, type Lang } from '@/locales/langs';
import { useTranslator } from '@/locales/context';

interface Props {
  onChange: (lang: Lang) => void;
}

/**
 * Every language, each in its own name (Chrome has no Welsh interface, so the choice is
 * offered in the page itself). The one shown is marked, not a button.
 */
export function LanguageSwitch({ onChange }: Props) {
  const tr = useTranslator();
  return (
    <ul class="language-list" aria-label={tr.t('lang.label')}>
      {LANGS.map((lang) =>
        lang.code === tr.lang ? (
          <li key={lang.code} lang={lang.code} aria-current="true">
            {lang.name}
          </li>
        ) : (
          <li key={lang.code}>
            <button
              type="button"
              class="language-switch"
              lang={lang.code}
              aria-label={lang.switchLabel}
              onClick={() => onChange(lang.code)}
            >
              {lang.name}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}
