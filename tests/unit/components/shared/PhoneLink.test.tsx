import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import { NumberOnItsOwn, PhoneLink } from '@/components/shared/PhoneLink';
import type { Phone } from '@/data/types';
import { packPhone } from '@/lib/project';
import { translatorFor } from '@/locales/all';
import { TranslatorContext } from '@/locales/context';

function inPage(children: ComponentChildren) {
  return render(<TranslatorContext.Provider value={translatorFor('en')}>{children}</TranslatorContext.Provider>);
}

/** A number in the directory's shape; the page gets it as its pack has it (lib/project.ts). */
const phone = (e164: string, text?: true): Phone => ({ display: e164, e164, country: 'GB', for: ['uk'], cost: 'unstated', ...(text ? { text } : {}) });

describe('PhoneLink', () => {
  it.each([
    ['+448081000900', 'tel:+448081000900'],
    ['116123', 'tel:116123'],
    ['1800011800', 'tel:1800011800'],
  ])('dials %s', (e164, href) => {
    expect(inPage(<PhoneLink phone={packPhone(phone(e164))} />).getByRole('link').getAttribute('href')).toBe(href);
  });

  it('opens messaging for a text line, and says "Text …"', () => {
    const text = packPhone(phone('4334', true));
    expect(text).toEqual({ display: '4334', href: 'sms:4334', cost: 'unstated', text: true });
    const link = inPage(<PhoneLink phone={text} />).getByRole('link', { name: 'Text 4334' });
    expect(link.getAttribute('href')).toBe('sms:4334');
    // On a line of its own, the words say "text", and the link is the number alone.
    const own = inPage(<NumberOnItsOwn phone={text} />);
    expect(own.container.textContent).toBe('Text 4334');
    expect(own.getByRole('link', { name: '4334' }).getAttribute('href')).toBe('sms:4334');
  });

  it('is named "Call …" on its own, and by its number inside a sentence that already says call', () => {
    expect(inPage(<PhoneLink phone={packPhone(phone('999'))} />).getByRole('link').getAttribute('aria-label')).toBe('Call 999');
    const link = inPage(<PhoneLink phone={packPhone(phone('112'))} afterCall />).getByRole('link', { name: '112' });
    expect(link.hasAttribute('aria-label')).toBe(false);
  });

  // The address is worked out when the pack is made (lib/dial.ts), so a bad number fails the build, never reaches a page.
  it.each(['+44 808 1000 900', '999;ext=1', 'javascript:alert(1)', '', '++44'])('refuses %s loudly', (e164) => {
    expect(() => packPhone(phone(e164))).toThrow(/Not a number to dial/);
  });
});
