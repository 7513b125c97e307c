import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import { PhoneLink } from '@/components/shared/PhoneLink';
import type { Phone } from '@/lib/plan';
import { translatorFor } from '@/locales/all';
import { TranslatorContext } from '@/locales/context';

function inPage(children: ComponentChildren) {
  return render(<TranslatorContext.Provider value={translatorFor('en')}>{children}</TranslatorContext.Provider>);
}

const phone = (e164: string): Phone => ({ display: e164, e164, country: 'GB', for: ['uk'], cost: 'unstated' });

describe('PhoneLink', () => {
  it.each([
    ['+448081000900', 'tel:+448081000900'],
    ['116123', 'tel:116123'],
    ['1800011800', 'tel:1800011800'],
  ])('dials %s', (e164, href) => {
    expect(inPage(<PhoneLink phone={phone(e164)} />).getByRole('link').getAttribute('href')).toBe(href);
  });

  it('is named "Call …" on its own, and by its number inside a sentence that already says call', () => {
    expect(inPage(<PhoneLink phone={phone('999')} />).getByRole('link').getAttribute('aria-label')).toBe('Call 999');
    const link = inPage(<PhoneLink phone={phone('112')} afterCall />).getByRole('link', { name: '112' });
    expect(link.hasAttribute('aria-label')).toBe(false);
  });

  it.each(['+44 808 1000 900', '999;ext=1', 'javascript:alert(1)', '', '++44'])('refuses %s loudly', (e164) => {
    expect(() => inPage(<PhoneLink phone={phone(e164)} />)).toThrow(/Not a number to dial/);
  });
});
