import type { ComponentChildren } from 'preact';
import type { SectionId } from '@/lib/guide';
import { useTranslator } from '@/locales/context';

interface Props {
  id: SectionId;
  /** Its content is still loading (the privacy section's words, after first paint). */
  busy?: boolean;
  children: ComponentChildren;
}

/** A section of the guide; its heading can take focus when a deep link lands on it. */
export function GuideSection({ id, busy, children }: Props) {
  const tr = useTranslator();
  return (
    <section class="guide-section" id={id} aria-labelledby={`${id}-heading`} aria-busy={busy ? 'true' : undefined}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {tr.t(`section.${id}`)}
      </h2>
      {children}
    </section>
  );
}
