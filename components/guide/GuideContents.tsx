import { SECTION_IDS, type SectionId } from '@/lib/guide';
import { useTranslator } from '@/locales/context';

interface Props {
  onGo: (section: SectionId) => void;
}

/**
 * Links to each section. A click moves focus and scrolls there without following the
 * fragment, so the page's address (and so the browser's history) never changes.
 */
export function GuideContents({ onGo }: Props) {
  const tr = useTranslator();
  return (
    <nav class="guide-contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading">{tr.t('guide.contents')}</h2>
      <ul>
        {SECTION_IDS.map((section) => (
          <li key={section}>
            <a
              href={`#${section}`}
              onClick={(event) => {
                event.preventDefault();
                onGo(section);
              }}
            >
              {tr.t(`section.${section}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
