import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { translatorFor } from '@/locales/all';
import { TranslatorContext } from '@/locales/context';

function inPage(children: ComponentChildren) {
  return render(<TranslatorContext.Provider value={translatorFor('en')}>{children}</TranslatorContext.Provider>);
}

describe('ExternalLink', () => {
  it('opens an https: page in a new tab, with no referrer or opener, and says so', () => {
    const link = inPage(<ExternalLink href="https://www.samaritans.org/">Samaritans</ExternalLink>).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://www.samaritans.org/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Samaritans (opens in a new tab)');
  });

  it.each(['http://www.samaritans.org/', 'javascript:alert(1)', 'data:text/html,x', '/guide.html', 'https://', ' https://x.org'])(
    'refuses %s loudly',
    (href) => {
      expect(() => inPage(<ExternalLink href={href}>x</ExternalLink>)).toThrow(/Not an https: address/);
    },
  );
});
