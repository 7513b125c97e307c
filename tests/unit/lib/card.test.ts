import { describe, expect, it } from 'vitest';
import { REGION_IDS, type RegionId } from '@/data/directory';
import { cardContent, cardText } from '@/lib/card';
import { guidePack } from '@/lib/project';
import { translatorFor as translator } from '@/locales/all';
import type { Lang } from '@/locales/langs';

/** What the guide's card is made from: the region as the guide's pack has it, in a language. */
const plan = (region: RegionId, lang: Lang = 'en') => guidePack(region, lang).region;

describe('the counsellor’s card', () => {
  it('has the helpline number, hours, what is passed on and the crisis line (UK, English)', () => {
    const text = cardText(cardContent(plan('uk'), translator('en')));
    expect(text).toContain('Stop It Now! helpline: 0808 1000 900');
    expect(text).toContain('Monday to Thursday, 9am to 9pm (UK time)');
    expect(text).toContain('Friday, 9am to 5pm (UK time)');
    expect(text).toContain('Hours may differ on public holidays.');
    expect(text).toContain('Confidential: you don’t have to give your name.');
    expect(text).toContain('If you identify yourself and also say something that identifies a child who has been abused or is at risk');
    expect(text).toContain('They also pass on details of any crime.');
    expect(text).toContain(
      'https://www.stopitnow.org.uk/self-help/concerned-about-your-own-thoughts-or-behaviour/concerned-about-your-online-behaviour/',
    );
    expect(text).toContain('Struggling to cope? Samaritans, 116 123, free, any time.');
    expect(text).toContain('If your life is in danger, call 999.');
    expect(text).toContain('A child in danger now: call 999.');
  });

  it('puts the Ireland number first for Ireland, in Welsh', () => {
    const card = cardContent(plan('ie', 'cy'), translator('cy'));
    expect(card.heading).toBe('Llinell gymorth Stop It Now!: +44 1372 847 161');
    expect(cardText(card)).toContain('0808 1000 900');
    expect(cardText(card)).toContain('ffoniwch 112');
  });

  it.each(REGION_IDS.map((region) => [region]))('for %s has a QR address and a way to get help now', (region) => {
    const card = cardContent(plan(region), translator('en'));
    expect(card.qrUrl).toMatch(/^https:\/\//);
    expect(cardText(card)).toMatch(/Struggling to cope\?/);
    expect(cardText(card)).toMatch(/If your life is in danger, call/);
    expect(cardText(card)).toMatch(/A child in danger now/);
  });

  it('gives a crisis helpline directory and the local emergency number where Signpost knows no line', () => {
    const text = cardText(cardContent(plan('elsewhere'), translator('en')));
    expect(text).toContain(
      'Struggling to cope? Find a free, confidential helpline in your country: https://findahelpline.com/.',
    );
    expect(text).toContain('If your life is in danger, call your local emergency number.');
  });

  it('sends a child in danger in Germany to the police', () => {
    const text = cardText(cardContent(plan('de'), translator('en')));
    expect(text).toContain('If your life is in danger, call 112.');
    expect(text).toContain('A child in danger now: call 110.');
  });

  it('names the helpline and opens its page in the reader’s language (Canada, in French)', () => {
    const card = cardContent(plan('ca', 'fr'), translator('fr'));
    expect(card.heading).toBe('Parler pour changer');
    expect(card.qrUrl).toBe('https://parlerpourchanger.ca/');
    expect(cardContent(plan('ca'), translator('en')).qrUrl).toBe('https://talkingforchange.ca/');
  });

  it('gives both numbers where the sheet gives two (Switzerland)', () => {
    const text = cardText(cardContent(plan('ch'), translator('en')));
    expect(text).toContain('If your life is in danger, call 144 (or 112).');
    expect(text).toContain('A child in danger now: call 117 (or 112).');
    expect(text).toContain('A call costs at most CHF 0.20.');
  });

  it('shows no hours for a helpline whose hours are not verified', () => {
    const text = cardText(cardContent(plan('us'), translator('en')));
    expect(text).toContain('1-888-773-8368');
    expect(text).not.toMatch(/Monday|Open now|public holidays/);
  });
});
