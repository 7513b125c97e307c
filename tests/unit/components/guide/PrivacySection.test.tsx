import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type InstalledFacts, PrivacySection } from '@/components/guide/PrivacySection';
import type { PrivacyWords } from '@/lib/pack';
import { guidePack, PACK_FILES } from '@/lib/project';
import { translator } from '@/locales';
import { TranslatorContext } from '@/locales/context';
import { type Lang, LANG_CODES } from '@/locales/langs';

afterEach(cleanup);

/** What browsers report: no permission and a shortcut, or one permission and no shortcut set. */
const FACTS: InstalledFacts[] = [
  { version: '1.2.3', permissions: [], shortcut: 'Alt+Shift+K' },
  { version: '1.2.3', permissions: ['storage'], shortcut: '' },
];

/** The section under the guide's own translator, which holds no privacy sentence. */
function renderSection(lang: Lang, words: PrivacyWords | undefined, facts?: InstalledFacts) {
  const page = translator(lang, guidePack('uk', lang).words);
  return render(
    <TranslatorContext.Provider value={page}>
      <PrivacySection facts={facts} words={words} />
    </TranslatorContext.Provider>,
  );
}

describe('the privacy section', () => {
  it('shows its heading alone, and says it is loading, until its words are in', () => {
    renderSection('en', undefined, FACTS[0]);
    const section = screen.getByRole('region', { name: 'About Signpost and your privacy' });
    expect(section.id).toBe('privacy');
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect([...section.children].map((child) => child.outerHTML)).toEqual([
      '<h2 id="privacy-heading" tabindex="-1">About Signpost and your privacy</h2>',
    ]);
  });

  it.each(LANG_CODES)('shows every sentence of its %s file, from that file, whatever the browser reports', (lang) => {
    const words = PACK_FILES.privacy(lang);
    const shown = FACTS.map((facts) => {
      const { container, unmount } = renderSection(lang, words, facts);
      expect(container.querySelector('#privacy')!.hasAttribute('aria-busy')).toBe(false);
      const text = container.textContent ?? '';
      unmount();
      return text;
    }).join('\n');
    // A sentence with a {placeholder} shows each of its parts.
    const missing = Object.entries(words)
      .filter(([, sentence]) => !sentence.split(/\{[A-Za-z]+\}/).every((part) => shown.includes(part)))
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });
});
