import { describe, expect, it, vi } from 'vitest';
import { REGION_IDS } from '../../data/types';
import { cardContent, cardText } from '../../lib/card';
import { exitPage } from '../../lib/exit';
import { translatorFor as translator } from '../../locales/messages';

describe('the counsellor’s card', () => {
  it('has the helpline number, hours, what is passed on and the crisis line (UK, English)', () => {
    const text = cardText(cardContent('uk', translator('en')));
    expect(text).toContain('Stop It Now! helpline: 0808 1000 900');
    expect(text).toContain('Monday to Thursday, 9am to 9pm (UK time)');
    expect(text).toContain('Friday, 9am to 5pm (UK time)');
    expect(text).toContain('Hours may differ on public holidays.');
    expect(text).toContain('Confidential: you don’t have to give your name.');
    expect(text).toContain('they pass it on');
    expect(text).toContain('https://www.stopitnow.org.uk/concerned-about-your-own-thoughts-or-behaviour/');
    expect(text).toContain('Struggling to cope? Samaritans, 116 123, free, any time.');
    expect(text).toContain('A child in danger now: call 999.');
  });

  it('puts the Ireland number first for Ireland, in Welsh', () => {
    const card = cardContent('ie', translator('cy'));
    expect(card.heading).toBe('Llinell gymorth Stop It Now!: +44 1372 847 161');
    expect(cardText(card)).toContain('0808 1000 900');
    expect(cardText(card)).toContain('ffoniwch 112');
  });

  it.each(REGION_IDS.map((region) => [region]))('for %s has a QR address and a way to get help now', (region) => {
    const card = cardContent(region, translator('en'));
    expect(card.qrUrl).toMatch(/^https:\/\//);
    expect(cardText(card)).toMatch(/A child in danger now/);
  });

  it('shows no hours for a helpline whose hours are not verified', () => {
    const text = cardText(cardContent('us', translator('en')));
    expect(text).toContain('1-888-773-8368');
    expect(text).not.toMatch(/Monday|Open now|public holidays/);
  });
});

describe('exitPage', () => {
  it('blanks the page first, then closes its tab', async () => {
    const calls: string[] = [];
    const result = await exitPage({
      blank: () => calls.push('blank'),
      currentTabId: async () => {
        calls.push('getCurrent');
        return 7;
      },
      removeTab: async (id) => {
        calls.push(`remove ${id}`);
      },
      replaceWithBlank: () => calls.push('replace'),
    });
    expect(result).toBe('closed');
    expect(calls).toEqual(['blank', 'getCurrent', 'remove 7']);
  });

  it.each([
    ['no tab (opened some other way)', async () => undefined, async () => undefined],
    ['the browser refuses to close it', async () => 3, async () => Promise.reject(new Error('no'))],
    ['the tab API is missing', async () => Promise.reject(new Error('undefined')), async () => undefined],
  ])('replaces the page with a blank one when %s', async (_name, currentTabId, removeTab) => {
    const replaceWithBlank = vi.fn();
    const blank = vi.fn();
    const result = await exitPage({ blank, currentTabId, removeTab, replaceWithBlank });
    expect(result).toBe('replaced');
    expect(blank).toHaveBeenCalledOnce();
    expect(replaceWithBlank).toHaveBeenCalledOnce();
  });
});
