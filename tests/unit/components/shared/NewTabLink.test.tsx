import { fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import { NewTabLink } from '@/components/shared/NewTabLink';
import { translatorFor } from '@/locales/all';
import { TranslatorContext } from '@/locales/context';

const SITE = 'https://www.samaritans.org/';

function inPage(children: ComponentChildren) {
  return render(<TranslatorContext.Provider value={translatorFor('en')}>{children}</TranslatorContext.Provider>);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The link's address at the moment the browser would read it: after every listener on the page. */
function addressWhen(link: HTMLElement, type: string, fire: () => void): string | null {
  let seen: string | null = 'not fired';
  const read = () => (seen = link.getAttribute('href'));
  document.addEventListener(type, read);
  fire();
  document.removeEventListener(type, read);
  return seen;
}

describe('NewTabLink: a press is not a click', () => {
  it('is a plain link at rest: its address, in a new tab, announced with its name', () => {
    inPage(<NewTabLink href={SITE}>Samaritans</NewTabLink>);
    const link = screen.getByRole('link', { name: /^Samaritans ?\(opens in a new tab\)$/ });
    expect(link.getAttribute('href')).toBe(SITE);
    expect(link.hasAttribute('role')).toBe(false);
    expect(link.hasAttribute('tabindex')).toBe(false);
  });

  it('holds its address back while a pointer is over it, and stays a named link in the tab order', () => {
    inPage(<NewTabLink href={SITE}>Samaritans</NewTabLink>);
    const link = screen.getByRole('link');
    fireEvent.pointerOver(link);
    expect(link.hasAttribute('href')).toBe(false);
    expect(screen.getByRole('link', { name: /^Samaritans ?\(opens in a new tab\)$/ })).toBe(link);
    expect(link.getAttribute('tabindex')).toBe('0');
    // Onto its own words is not away.
    fireEvent.pointerOut(link, { relatedTarget: link.querySelector('span') });
    expect(link.hasAttribute('href')).toBe(false);
    fireEvent.pointerOut(link, { relatedTarget: document.body });
    expect(link.getAttribute('href')).toBe(SITE);
    expect(link.hasAttribute('role')).toBe(false);
    expect(link.hasAttribute('tabindex')).toBe(false);
  });

  it.each([
    ['a click', 'click', (link: HTMLElement) => fireEvent.click(link)],
    ['a middle click', 'auxclick', (link: HTMLElement) => fireEvent(link, new MouseEvent('auxclick', { bubbles: true, button: 1 }))],
    ['Enter', 'keydown', (link: HTMLElement) => fireEvent.keyDown(link, { key: 'Enter' })],
    ['the context menu (Open link in new tab, Copy link address)', 'contextmenu', (link: HTMLElement) => fireEvent.contextMenu(link)],
  ])('gives its address back for %s, then holds it again while the pointer stays', async (_name, type, fire) => {
    inPage(<NewTabLink href={SITE}>Samaritans</NewTabLink>);
    const link = screen.getByRole('link');
    fireEvent.pointerOver(link);
    expect(addressWhen(link, type, () => fire(link))).toBe(SITE);
    await nextTask();
    expect(link.hasAttribute('href')).toBe(false);
  });

  it('gives nothing back for another key', () => {
    inPage(<NewTabLink href={SITE}>Samaritans</NewTabLink>);
    const link = screen.getByRole('link');
    fireEvent.pointerOver(link);
    expect(addressWhen(link, 'keydown', () => fireEvent.keyDown(link, { key: 'a' }))).toBeNull();
  });

  it('keeps a new address held back when the page changes it under the pointer, and gives back the new one', () => {
    const view = inPage(<NewTabLink href={SITE}>Help</NewTabLink>);
    const link = screen.getByRole('link');
    fireEvent.pointerOver(link);
    view.rerender(
      <TranslatorContext.Provider value={translatorFor('en')}>
        <NewTabLink href="https://www.samaritans.org/cymru/">Help</NewTabLink>
      </TranslatorContext.Provider>,
    );
    expect(link.hasAttribute('href')).toBe(false);
    fireEvent.pointerOut(link, { relatedTarget: document.body });
    expect(link.getAttribute('href')).toBe('https://www.samaritans.org/cymru/');
  });

  it('never holds back an address inside Signpost (the guide)', () => {
    inPage(<NewTabLink href="/guide.html">Open the full guide</NewTabLink>);
    const link = screen.getByRole('link');
    fireEvent.pointerOver(link);
    expect(link.getAttribute('href')).toBe('/guide.html');
  });
});
