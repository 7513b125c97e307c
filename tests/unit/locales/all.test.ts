/**
 * Every language against English: the same sentences with the same placeholders, the same
 * services worded, and the guards every language must pass. Tables by language are typed
 * Record<Lang, …>: a new language fails `tsc` here until it has its row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIONS, SERVICES } from '@/data/directory';
import { messagesFor, WORDS } from '@/locales/all';
import { type Lang, LANG_CODES } from '@/locales/langs';
import type { ServiceWords } from '@/locales/words';
import { wordsOf } from '@/lib/project';

const placeholders = (sentence: string) => [...sentence.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]).sort();
const en: Record<string, string> = messagesFor('en');

/** Every service's words in a language, by id (the online programmes' too). */
const servicesWords = (lang: Lang): Record<string, ServiceWords> =>
  Object.fromEntries(SERVICES.map((service) => [service.id, wordsOf(service, lang)]));

describe('locale modules', () => {
  it.each(LANG_CODES)('%s has the same sentences and placeholders as English', (lang) => {
    const messages: Record<string, string> = messagesFor(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      // A time takes the hour on the clock its language uses: {h12}, {h24} or {hh}.
      if (key.startsWith('hours.clock.')) {
        expect(['h12', 'h24', 'hh', 'mm'], key).toEqual(expect.arrayContaining(placeholders(messages[key]!)));
        expect(placeholders(messages[key]!).includes('mm'), key).toBe(key.endsWith('Minutes'));
        continue;
      }
      expect(placeholders(messages[key]!), key).toEqual(placeholders(en[key]!));
      expect(messages[key]!.trim(), key).not.toBe('');
    }
  });

  it.each(LANG_CODES)('%s words the same services and fields as English, with the same placeholders', (lang) => {
    const english = servicesWords('en');
    const theirs = servicesWords(lang);
    for (const [id, words] of Object.entries(english)) {
      expect(Object.keys(theirs[id]!).sort(), id).toEqual(Object.keys(words).sort());
      for (const [field, sentence] of Object.entries(words) as [keyof ServiceWords, string][]) {
        expect(placeholders(theirs[id]![field]!), `${id}.${field}`).toEqual(placeholders(sentence));
        expect(theirs[id]![field]!.trim(), `${id}.${field}`).not.toBe('');
      }
    }
    for (const region of REGIONS) expect(WORDS[lang].regions[region.id].name.trim(), region.id).not.toBe('');
  });

  it('words only services in the directory', () => {
    const ids = new Set(SERVICES.map((service) => service.id));
    for (const lang of LANG_CODES) {
      const worded = [...Object.values(WORDS[lang].regions).flatMap((region) => Object.keys(region.services)), ...Object.keys(WORDS[lang].online)];
      expect(worded.filter((id) => !ids.has(id)), lang).toEqual([]);
    }
  });

  it('names the public holidays of every calendar a line keeps', () => {
    for (const service of SERVICES) {
      if (service.hours.kind === 'weekly') for (const calendar of service.hours.holidays) expect(en).toHaveProperty([`hours.holiday.${calendar}`]);
    }
  });

  it('has no sentence that nothing shows', () => {
    const source = ['components', 'lib', 'entrypoints']
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Keys typed from a union in the data, which tsc checks: "cost.<cost>", "section.<id>",
    // "hours.zone.<zone>", "hours.weekday.<day>", "hours.weekdayOn.<day>",
    // "hours.clock.<half>", "hours.holiday.<calendar>". (Each service's words are found on a
    // rendered page by tests/unit/places.test.tsx.)
    const built = /^(cost|section|hours\.(zone|weekday|weekdayOn|clock|holiday))\b/;
    const unused = Object.keys(en).filter((key) => !built.test(key) && !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});

describe('guards every language passes', () => {
  const everything = (lang: Lang) => [...Object.values(messagesFor(lang)), ...Object.values(servicesWords(lang)).flatMap((words) => Object.values(words))];

  const COMPLETELY_ANONYMOUS: Record<Lang, RegExp> = {
    en: /completely anonymous|totally anonymous|100% anonymous/i,
    cy: /cwbl ddienw|hollol ddienw/i,
    de: /vollständig anonym|völlig anonym|komplett anonym/i,
    nl: /volledig anoniem|helemaal anoniem/i,
    fr: /complètement anonyme|totalement anonyme|entièrement anonyme/i,
    nb: /helt anonym|fullstendig anonym|fullt anonym|100 ?% anonym/i,
  };

  it.each(LANG_CODES)('%s never promises complete anonymity', (lang) => {
    const found = everything(lang).filter((sentence) => COMPLETELY_ANONYMOUS[lang].test(sentence));
    expect(found).toEqual([]);
    // The check can fail: it finds its own words.
    expect(COMPLETELY_ANONYMOUS[lang].source.split('|')[0]).toMatch(COMPLETELY_ANONYMOUS[lang]);
  });

  // The store listing says no more than the pages: nor does it promise complete anonymity.
  it.each(LANG_CODES)('%s: the store listing never promises complete anonymity', (lang) => {
    const listing = readFileSync(`store/listing.${lang}.md`, 'utf8').replace(/\s+/g, ' ');
    expect(listing).toMatch(/anonym|anonie|dienw/i);
    expect(listing.match(COMPLETELY_ANONYMOUS[lang])?.[0]).toBeUndefined();
  });

  // The sheet states the languages of three services only: no sentence about any other names a
  // language, not Kein Täter werden's or TelefonSeelsorge's ("not stated"), nor a Belgian
  // line's from the sheet's headings.
  const LANGUAGE_NAMES: Record<Lang, RegExp> = {
    en: /\b(English|Welsh|German|Spanish|Finnish|Swedish|Portuguese|Irish|French|Dutch|Flemish)\b/,
    cy: /\b(Saesneg|Cymraeg|Almaeneg|Sbaeneg|Ffinneg|Swedeg|Portiwgaleg|Gwyddeleg|Ffrangeg|Iseldireg|Fflemeg)\b/,
    de: /\b(Englisch|Walisisch|Deutsch|Spanisch|Finnisch|Schwedisch|Portugiesisch|Irisch|Französisch|Niederländisch|Flämisch)\b|sprachig/i,
    nl: /\b(Engels|Welsh|Duits|Spaans|Fins|Zweeds|Portugees|Iers|Frans|Nederlands|Vlaams)\b|talig/i,
    fr: /\ben (anglais|gallois|allemand|espagnol|finnois|suédois|portugais|irlandais|français|néerlandais|flamand)\b|(franco|néerlando|germano|anglo)phone/i,
    // Norwegian and Sámi too: the languages a Norwegian sentence is likeliest to name.
    nb: /\b(engelsk|walisisk|tysk|spansk|finsk|svensk|portugisisk|irsk|fransk|nederlandsk|flamsk|norsk|samisk)\b|språklig|talende/i,
  };

  it.each(LANG_CODES)('%s names the languages of a service only where the fact sheet states them', (lang) => {
    const silent = SERVICES.filter((service) => !service.languages);
    const sentences = silent.flatMap((service) => Object.entries(wordsOf(service, lang)).map(([field, sentence]) => `${service.id} ${field}: ${sentence}`));
    expect(sentences.length).toBeGreaterThan(40);
    expect(sentences.filter((sentence) => LANGUAGE_NAMES[lang].test(sentence.slice(sentence.indexOf(': ') + 2)))).toEqual([]);
  });

  // "Sexual" qualifies both thoughts and behaviour: in Welsh and German the adjective must
  // be said twice, or the sentence widens to any behaviour towards children.
  const SEXUAL_BOTH: Record<Lang, RegExp> = {
    en: /sexual thoughts or behaviour/,
    cy: /meddyliau rhywiol neu (eu hymddygiad|eich ymddygiad) rhywiol/,
    de: /sexuellen Gedanken oder (ihres|Ihres) sexuellen Verhaltens/,
    // Dutch and French: one adjective before (after) two nouns qualifies both, as in English.
    nl: /seksuele gedachten of gedrag/,
    fr: /pensées ou comportements sexuels/,
    // Norwegian says it twice: the plural "seksuelle" would leave "atferd" (singular) unqualified.
    nb: /seksuelle tanker eller egen seksuell atferd/,
  };

  it.each(LANG_CODES)('%s says who the guide is for with "sexual" over thoughts and behaviour', (lang) => {
    const words = messagesFor(lang);
    for (const sentence of [words['guide.intro']!, words['section.self']!]) expect(sentence).toMatch(SEXUAL_BOTH[lang]);
  });
});
