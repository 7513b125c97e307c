import { useTranslator } from '@/locales/context';

/** Skips the header's controls; focus moves to <main>, which can take it. */
export function SkipLink() {
  const tr = useTranslator();
  return (
    <a
      class="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {tr.t('guide.skip')}
    </a>
  );
}
