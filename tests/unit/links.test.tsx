import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from '../../components/ExternalLink';
import { PhoneLink } from '../../components/PhoneLink';
import type { Phone } from '../../data/types';
import { TranslatorContext } from '../../locales/context';
import { translatorFor } from '../../locales/messages';

function inPage(children: ComponentChildren) {
  return render(<TranslatorContext.Provider value={translatorFor('en')}>{children}</TranslatorContext.Provider>);
}

const phone = (e164: string): Phone => ({ display: e164, e164, country: 'GB', for: ['uk'], cost: 'unstated' });

describe('ExternalLink', () => {
  it('opens an https: page in a new tab, with no referrer or opener, and says so', () => {
    const link = inPage(<ExternalLink href="https://www.samaritans.org/">Samaritans</ExternalLink>).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://www.samaritans.org/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Samaritans (opens in a new tab)');
  });

  it.each(['http://www.samaritans.org/', 'javascript:alert(1)', 'data:text/html,x', '/options.html', 'https://', ' https://x.org'])(
    'refuses %s loudly',
    (href) => {
      expect(() => inPage(<ExternalLink href={href}>x</ExternalLink>)).toThrow(/Not an https: address/);
    },
  );
});

describe('PhoneLink', () => {
  it.each([
    ['+448081000900', 'tel:+448081000900'],
    ['116123', 'tel:116123'],
    ['1800011800', 'tel:1800011800'],
  ])('dials %s', (e164, href) => {
    expect(inPage(<PhoneLink phone={phone(e164)} />).getByRole('link').getAttribute('href')).toBe(href);
  });

  it.each(['+44 808 1000 900', '999;ext=1', 'javascript:alert(1)', '', '++44'])('refuses %s loudly', (e164) => {
    expect(() => inPage(<PhoneLink phone={phone(e164)} />)).toThrow(/Not a number to dial/);
  });
});
