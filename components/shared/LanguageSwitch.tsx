import { LANG_CODES, LANGS, type Lang } from '@/locales/langs';
import { useTranslator } from '@/locales/context';

interface Props {
  /** The language asked for (shown at once, while its words load). */
  lang: Lang;
  onChange: (lang: Lang) => void;
}

function isLang(value: string): value is Lang {
  return (LANG_CODES as readonly string[]).includes(value);
}

/**
 * "Language: English", changeable, each language in its own name (Chrome has no Welsh
 * interface, so the choice is offered in the page itself). One control, however many
 * languages: the popup's header stays one line. The choice lives only in this page.
 */
export function LanguageSwitch({ lang, onChange }: Props) {
  const tr = useTranslator();
  return (
    <div class="picker language-picker">
      <label for="lang">{tr.t('lang.label')}</label>
      {/* autocomplete off: the browsers' session stores keep no choice to reopen a closed tab with. */}
      <select
        id="lang"
        autocomplete="off"
        value={lang}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isLang(value)) onChange(value);
        }}
      >
        {LANGS.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
