import { LANGS, type Lang } from '@/locales/langs';
import { useTranslator } from '@/locales/context';
import { Picker } from './Picker';

interface Props {
  /** The language asked for (shown at once, while its words load). */
  lang: Lang;
  onChange: (lang: Lang) => void;
}

/**
 * "Language: English", each language in its own name (Chrome has no Welsh interface, so
 * the choice is offered in the page itself). One control, however many languages: the
 * popup's header stays one line.
 */
export function LanguageSwitch({ lang, onChange }: Props) {
  const tr = useTranslator();
  const options = LANGS.map((language) => ({ value: language.code, label: language.name, lang: language.code }));
  return <Picker id="lang" label={tr.t('lang.label')} value={lang} options={options} onChange={onChange} />;
}
