import { describe, expect, it } from 'vitest';
import { plainText } from '@/lib/card';
import { guidePack, popupPack } from '@/lib/project';
import { childInDangerSentence, crisisSentence, firstNumberLine, ownLifeSentence, youngSentence } from '@/lib/sentences';
import { translatorFor } from '@/locales/all';

const en = translatorFor('en');

describe('the sentences the popup, the guide and the card share, as the card prints them', () => {
  it.each([
    ['uk', ['Struggling to cope? Samaritans, 116 123, free, any time.'], 'If your life is in danger, call 999.', 'A child in danger now: call 999.'],
    ['de', ['Struggling to cope? TelefonSeelsorge, 0800 111 0 111, free, any time.'], 'If your life is in danger, call 112.', 'A child in danger now: call 110.'],
    ['ca', ['Struggling to cope? Call or text 988, free, any time, in English or French.'], 'If your life is in danger, call 911.', 'A child in danger now: call 911.'],
    [
      'ch',
      ['Struggling to cope? Call Die Dargebotene Hand / La Main Tendue on 143, any time, anonymously. A call costs at most CHF 0.20.'],
      'If your life is in danger, call 144 (or 112).',
      'A child in danger now: call 117 (or 112).',
    ],
    [
      'elsewhere',
      ['Struggling to cope? Find a free, confidential helpline in your country: https://findahelpline.com/.'],
      'If your life is in danger, call your local emergency number.',
      'A child in danger now: call your local emergency number.',
    ],
  ] as const)('in %s', (region, crisis, ownLife, danger) => {
    // The popup's pack and the guide's say the same.
    for (const plan of [popupPack(region, 'en').region, guidePack(region, 'en').region]) {
      expect(plan.crisis.map((service) => plainText(crisisSentence(service), en))).toEqual(crisis);
      expect(plainText(ownLifeSentence(plan, en), en)).toBe(ownLife);
      expect(plainText(childInDangerSentence(plan, en), en)).toBe(danger);
    }
  });

  it('keeps a number as a number to dial, for the pages to link', () => {
    const sentence = ownLifeSentence(popupPack('uk', 'en').region, en);
    expect(sentence.template).toBe('If your life is in danger, call {number}.');
    expect(sentence.parts.number).toMatchObject({ phone: { display: '999', href: 'tel:999' }, afterCall: true });
  });

  it('keeps a second number as a number to dial, after "call" like the first', () => {
    const sentence = childInDangerSentence(popupPack('ch', 'en').region, en);
    expect(sentence.template).toBe('A child in danger now: call {number} (or {otherNumber}).');
    expect(sentence.parts.number).toMatchObject({ phone: { href: 'tel:117' }, afterCall: true });
    expect(sentence.parts.otherNumber).toMatchObject({ phone: { href: 'tel:112' }, afterCall: true });
    // Germany has one number: no second.
    expect(childInDangerSentence(popupPack('de', 'en').region, en).parts).not.toHaveProperty('otherNumber');
  });

  it('fills a crisis line’s second number and text line, and leaves out what it lacks', () => {
    const [samaritans] = popupPack('uk', 'en').region.crisis;
    const sentence = crisisSentence(samaritans!);
    expect(sentence.parts).toMatchObject({ name: 'Samaritans', number: { phone: { display: '116 123' } }, otherNumber: '', text: '' });
    // Its page is not linked: its sentence has no link's words.
    expect(sentence.parts.link).toBe('');
  });

  it('words a young people’s line as the popup lists it and as the guide says it', () => {
    const popup = youngSentence(popupPack('uk', 'en').region.youngPeople!, 'young');
    expect(popup?.template).toBe('Under 19? {name}: {number}, any time');
    expect(popup?.parts.name).toEqual({ href: 'https://www.childline.org.uk/', label: 'Childline' });
    expect(popup?.parts.number).toMatchObject({ phone: { display: '0800 1111' } });
    const guide = youngSentence(guidePack('uk', 'en').region.youngPeople!, 'youngFull');
    expect(guide?.template).toMatch(/^If you are under 19/);
    expect(guide?.parts.number).toMatchObject({ phone: { display: '0800 1111', href: 'tel:+448001111' } });
    // None where the line has no number.
    expect(youngSentence({ id: 'x', name: 'X', phones: [], words: { young: '{name}' } }, 'young')).toBeUndefined();
  });

  it('words the line under a helpline’s first number once, for the card and the pages', () => {
    const line = 'Free from UK phones. Confidential: you don’t have to give your name.';
    expect(firstNumberLine(popupPack('uk', 'en').region.helpline!, en)).toBe(line);
    expect(firstNumberLine(guidePack('uk', 'en').region.helpline!, en)).toBe(line);
  });
});
