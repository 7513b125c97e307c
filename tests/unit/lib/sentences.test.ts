import { describe, expect, it } from 'vitest';
import { regionPlan } from '@/lib/plan';
import { plainText } from '@/lib/card';
import { childInDangerSentence, crisisSentence, firstNumberLine, ownLifeSentence } from '@/lib/sentences';
import { translatorFor } from '@/locales/all';

const en = translatorFor('en');

describe('the sentences the popup, the guide and the card share, as the card prints them', () => {
  it.each([
    ['uk', ['Struggling to cope? Samaritans, 116 123, free, any time.'], 'If your life is in danger, call 999.', 'A child in danger now: call 999.'],
    ['de', ['Struggling to cope? TelefonSeelsorge, 0800 111 0 111, free, any time.'], 'If your life is in danger, call 112.', 'A child in danger now: call 110.'],
    [
      'elsewhere',
      ['Struggling to cope? Find a free, confidential helpline in your country: https://findahelpline.com/.'],
      'If your life is in danger, call your local emergency number.',
      'A child in danger now: call your local emergency number.',
    ],
  ] as const)('in %s', (region, crisis, ownLife, danger) => {
    const plan = regionPlan(region);
    expect(plan.crisis.map((service) => plainText(crisisSentence(service, en)!, en))).toEqual(crisis);
    expect(plainText(ownLifeSentence(plan, en), en)).toBe(ownLife);
    expect(plainText(childInDangerSentence(plan, en), en)).toBe(danger);
  });

  it('keeps a number as a number to dial, for the pages to link', () => {
    const sentence = ownLifeSentence(regionPlan('uk'), en);
    expect(sentence.template).toBe('If your life is in danger, call {number}.');
    expect(sentence.parts.number).toMatchObject({ phone: { display: '999' }, afterCall: true });
  });

  it('words the line under a helpline’s first number once, for the card and the pages', () => {
    expect(firstNumberLine(regionPlan('uk').helpline!, en)).toBe('Free from UK phones. Confidential: you don’t have to give your name.');
  });
});
