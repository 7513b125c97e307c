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

  it('names the public holidays of every calendar a line keeps', () => {
    for (const service of SERVICES) {
      if (service.hours.kind === 'weekly') expect(en).toHaveProperty([`hours.holiday.${service.hours.holidays}`]);
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
    // "hours.zone.<zone>", "hours.weekday.<day>", "hours.weekdayOn.<day>", "hours.clock.<half>",
    // "hours.holiday.<calendar>": checked above.
    const built = /^(service|cost|region|section|helpNow\.(?!heading|danger|ownLife)|hours\.(zone|weekday|weekdayOn|clock|holiday))\b/;
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

describe('a short form says no more than the full one', () => {
  // What each helpline passes on, from the fact sheet: every condition the short sentence
  // must name, in each language's words, and words that would promise more ("only if").
  const SHEET: Record<string, Record<string, { names: RegExp[]; never: RegExp }>> = {
    'stop-it-now-uk': {
      en: { names: [/details that identify you/, /identify a child who has been abused or is at risk/, /anyone else is at risk of harm/, /any criminal offence/], never: /\bonly\b/ },
      cy: { names: [/dangos pwy ydych chi/, /plentyn sydd wedi cael ei gam-drin neu sydd mewn perygl/, /unrhyw un arall mewn perygl o niwed/, /unrhyw drosedd/], never: /dim ond|\bond os\b/ },
      de: { names: [/Sie identifizieren kann/, /Kind identifizieren kann, das missbraucht wurde oder gefährdet ist/, /einer anderen Person Schaden droht/, /Straftaten/], never: /\bnur\b/ },
    },
    'stop-it-now-au': {
      en: { names: [/reason to believe/, /offence has happened \(including online\)/, /significant harm/, /relevant authorities, such as the police or child protection/], never: /\bonly\b/ },
      cy: { names: [/reswm i gredu/, /trosedd wedi digwydd \(gan gynnwys ar-lein\)/, /niwed sylweddol/, /awdurdodau perthnasol/], never: /dim ond/ },
      de: { names: [/Grund zur Annahme/, /Straftat geschehen ist \(auch im Internet\)/, /erheblicher Schaden/, /zuständigen Behörden, etwa der Polizei oder den Kinderschutzbehörden/], never: /\bnur\b/ },
    },
  };

  it('every short sentence of what a service passes on has its full wording in the guide, and is pinned here', () => {
    const shorts = Object.keys(en).filter((key) => key.endsWith('.passesOnShort'));
    expect(shorts.map((key) => key.split('.')[1]).sort()).toEqual(Object.keys(SHEET).sort());
    for (const key of shorts) expect(en, key).toHaveProperty([key.replace('Short', 'Full')]);
  });

  it.each(Object.entries(SHEET).flatMap(([id, langs]) => Object.entries(langs).map(([lang, rule]) => ({ id, lang, rule }))))(
    '$id in $lang names every condition and adds none',
    ({ id, lang, rule }) => {
      const short = (MESSAGES as Record<string, Record<string, string>>)[lang]![`service.${id}.passesOnShort`]!;
      for (const condition of rule.names) expect(short).toMatch(condition);
      expect(short).not.toMatch(rule.never);
    },
  );
});
