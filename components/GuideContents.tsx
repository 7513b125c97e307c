import { formatHash, SECTION_IDS, type GuideState, type SectionId } from '../lib/guide-state';
import { useTranslator } from '../locales/context';

interface Props {
  state: GuideState;
  onGo: (section: SectionId) => void;
}

/** Links to each section; each is also a deep link a counsellor can copy. */
export function GuideContents({ state, onGo }: Props) {
  const tr = useTranslator();
  return (
    <nav class="guide-contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading">{tr.t('guide.contents')}</h2>
      <ul>
        {SECTION_IDS.map((section) => (
          <li key={section}>
            <a
              href={formatHash({ ...state, section })}
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
