import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHash, type GuideState, parseHash, SECTION_IDS } from '@/lib/guide-state';
import { REGION_IDS } from '@/lib/region';
import { LANG_CODES } from '@/locales/langs';

const defaults = { region: 'uk', lang: 'en' } as const;

describe('parseHash', () => {
  it.each<[string, GuideState]>([
    ['', { region: 'uk', lang: 'en' }],
    ['#', { region: 'uk', lang: 'en' }],
    ['#region=ie&lang=cy&section=family', { region: 'ie', lang: 'cy', section: 'family' }],
    ['region=us', { region: 'us', lang: 'en' }],
    ['#lang=cy', { region: 'uk', lang: 'cy' }],
    ['#section=privacy', { region: 'uk', lang: 'en', section: 'privacy' }],
    ['#region=xx&lang=xx&section=nowhere', { region: 'uk', lang: 'en' }],
    ['#region=fr&lang=fr', { region: 'fr', lang: 'fr' }],
    ['#region=de&lang=de', { region: 'de', lang: 'de' }],
    ['#region=IE', { region: 'uk', lang: 'en' }],
    ['#region=ie&region=us', { region: 'ie', lang: 'en' }],
    ['#region=%69%65', { region: 'ie', lang: 'en' }],
    ['#region=%E0%A4%A', { region: 'uk', lang: 'en' }],
    ['#region=<script>alert(1)</script>', { region: 'uk', lang: 'en' }],
    ['#lang=cy&x=<img src=x onerror=alert(1)>', { region: 'uk', lang: 'cy' }],
    ['#__proto__=x&constructor=y&region=au', { region: 'au', lang: 'en' }],
    [`#region=ie&pad=${'a'.repeat(500)}`, { region: 'uk', lang: 'en' }],
    ['#region=elsewhere&section=crisis', { region: 'elsewhere', lang: 'en', section: 'crisis' }],
  ])('%s', (hash, expected) => {
    expect(parseHash(hash, defaults)).toEqual(expected);
  });

  it('round-trips every state it formats', () => {
    for (const region of REGION_IDS) {
      for (const lang of LANG_CODES) {
        for (const section of [undefined, ...SECTION_IDS]) {
          const state: GuideState = { region, lang, ...(section ? { section } : {}) };
          expect(parseHash(formatHash(state), defaults)).toEqual(state);
        }
      }
    }
  });

  it('never throws and always yields a valid state, whatever the hash (property)', () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.webFragments(),
      fc
        .array(fc.tuple(fc.constantFrom('region', 'lang', 'section', '%72egion', '', '<b>'), fc.string()), { maxLength: 8 })
        .map((pairs) => `#${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
      fc.string().map((text) => `#region=${encodeURIComponent(text)}&lang=%${text}`),
      fc.constantFrom('<svg onload=alert(1)>', '#%', '#%%%', '#&&&==', '#region=ie%00', `#${'%'.repeat(199)}`),
    );
    fc.assert(
      fc.property(junk, (hash) => {
        const state = parseHash(hash, defaults);
        expect(REGION_IDS).toContain(state.region);
        expect(LANG_CODES).toContain(state.lang);
        if (state.section !== undefined) expect(SECTION_IDS).toContain(state.section);
        expect(Object.keys(state).every((key) => ['region', 'lang', 'section'].includes(key))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
