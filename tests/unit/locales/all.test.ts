import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '@/data/directory';
import { MESSAGES } from '@/locales/all';
import enGuide from '@/locales/en/guide';
import enPopup from '@/locales/en/popup';

const en = { ...enPopup, ...enGuide };

const placeholders = (sentence: string) => [...sentence.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]).sort();
const serviceIds = new Set<string>(SERVICES.map((service) => service.id));

describe('locale modules', () => {
  it.each(Object.entries(MESSAGES))('%s has the same keys and placeholders as English', (_lang, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      // A time takes the hour on the clock its language uses: {h12} or {h24}.
      if (key.startsWith('hours.clock.')) {
        expect(['h12', 'h24', 'mm'], key).toEqual(expect.arrayContaining(placeholders(messages[key])));
        expect(placeholders(messages[key]).includes('mm'), key).toBe(key.endsWith('Minutes'));
        continue;
      }
      expect(placeholders(messages[key]), key).toEqual(placeholders(en[key]));
      expect(messages[key].trim(), key).not.toBe('');
    }
  });

  it('words sentences only for services in the directory', () => {
    for (const key of Object.keys(en)) {
      const match = /^(?:service|crisis)\.([a-z0-9-]+)(?:\.|$)/.exec(key);
      if (match?.[1] && key.startsWith('service.')) expect(serviceIds, key).toContain(match[1]);
    }
  });

  it('words a sentence for every crisis line', () => {
    for (const service of SERVICES.filter((s) => s.role === 'crisis')) {
      expect(en).toHaveProperty([`helpNow.${service.id}`]);
    }
  });

  it('has no sentence that nothing shows', () => {
    const source = ['components', 'lib', 'entrypoints']
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Keys built from data: "service.<id>.…" (tests/unit/places.test.tsx finds each on a
    // rendered page), "cost.<cost>", "region.<id>", "section.<id>", "helpNow.<id>",
    // "hours.zone.<zone>", "hours.weekday.<day>", "hours.clock.<half>": checked above.
    const built = /^(service|cost|region|section|helpNow\.(?!heading|danger|ownLife)|hours\.(zone|weekday|clock))\b/;
    const unused = Object.keys(en).filter((key) => !built.test(key) && !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('never promises complete anonymity', () => {
    for (const messages of Object.values(MESSAGES)) {
      const all = Object.values(messages).join('\n').toLowerCase();
      expect(all).not.toMatch(/completely anonymous|totally anonymous|100% anonymous|cwbl ddienw|hollol ddienw/);
    }
  });
});
