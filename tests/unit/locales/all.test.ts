import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '@/data/directory';
import { MESSAGES, POPUP_MESSAGES } from '@/locales/all';
import enGuide from '@/locales/en/guide';
import enPopup from '@/locales/en/popup';
import { regionPlan } from '@/lib/plan';
import { REGION_IDS } from '@/data/directory';

const { services: enServices, ...enSentences } = MESSAGES.en;
const en: Record<string, string> = enSentences;

const placeholders = (sentence: string) => [...sentence.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]).sort();
const serviceIds = new Set<string>(SERVICES.map((service) => service.id));

describe('locale modules', () => {
  it.each(Object.entries(MESSAGES))('%s has the same keys and placeholders as English', (_lang, words) => {
    const { services, ...sentences } = words;
    const messages: Record<string, string> = sentences;
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      // A time takes the hour on the clock its language uses: {h12} or {h24}.
      if (key.startsWith('hours.clock.')) {
        expect(['h12', 'h24', 'mm'], key).toEqual(expect.arrayContaining(placeholders(messages[key]!)));
        expect(placeholders(messages[key]!).includes('mm'), key).toBe(key.endsWith('Minutes'));
        continue;
      }
      expect(placeholders(messages[key]!), key).toEqual(placeholders(en[key]!));
      expect(messages[key]!.trim(), key).not.toBe('');
    }
    // Each service's words: the same services and fields, the same placeholders.
    expect(Object.keys(services).sort()).toEqual(Object.keys(enServices).sort());
    for (const [id, english] of Object.entries(enServices)) {
      const theirs = services[id] as Record<string, string | undefined>;
      expect(Object.keys(theirs).sort(), id).toEqual(Object.keys(english).sort());
      for (const [field, sentence] of Object.entries(english) as [string, string][]) {
        expect(placeholders(theirs[field]!), `${id}.${field}`).toEqual(placeholders(sentence));
        expect(theirs[field]!.trim(), `${id}.${field}`).not.toBe('');
      }
    }
  });

  it('never words a field of a service in both the popup’s file and the guide’s', () => {
    for (const [id, words] of Object.entries(enGuide.services)) {
      const both = Object.keys(words).filter((field) => Object.hasOwn((enPopup.services as Record<string, object>)[id] ?? {}, field));
      expect(both, id).toEqual([]);
    }
  });

  // The popup loads only popup.ts: every word it shows for a region must be there.
  it.each(REGION_IDS)('gives the popup, in its own file, every word it shows for %s', (region) => {
    const plan = regionPlan(region);
    const popup = POPUP_MESSAGES.en.services as Record<string, Record<string, string>>;
    const needed: [string, string][] = [
      ...plan.crisis.map((service): [string, string] => [service.id, 'helpNow']),
      ...(plan.helpline && plan.helpline.phones.length === 0 ? [[plan.helpline.id, 'about'] as [string, string]] : []),
      ...(plan.helpline ? [] : plan.online.map((service): [string, string] => [service.id, 'about'])),
    ];
    expect(needed.length).toBeGreaterThan(0);
    for (const [id, field] of needed) expect(popup[id]?.[field], `${id}.${field}`).toBeTruthy();
  });

  it('words sentences only for services in the directory', () => {
    for (const id of Object.keys(enServices)) expect(serviceIds, id).toContain(id);
  });

  it('words a sentence for every crisis line', () => {
    for (const service of SERVICES.filter((s) => s.role === 'crisis')) {
      expect(enServices[service.id]?.helpNow, service.id).toBeTruthy();
    }
  });

  it('says in every language which part of the country each regional service serves', () => {
    const AREA: Record<string, RegExp> = {
      en: /\b(South|North) Island\b/,
      cy: /Ynys y (De|Gogledd)/,
      de: /(Süd|Nord)insel/,
      nl: /(Zuider|Noorder)eiland/,
      fr: /île du (Sud|Nord)/,
    };
    const regional = SERVICES.filter((service) => service.role === 'regional-service');
    expect(regional.length).toBeGreaterThan(0);
    for (const service of regional) {
      expect(service.phones.length, service.id).toBeGreaterThan(0);
      for (const [lang, messages] of Object.entries(MESSAGES)) {
        expect(messages.services[service.id]?.about, `${lang} ${service.id}`).toMatch(AREA[lang]!);
      }
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
    // Keys typed from a union in the data, which tsc checks: "cost.<cost>", "region.<id>",
    // "section.<id>", "hours.zone.<zone>", "hours.weekday.<day>", "hours.weekdayOn.<day>",
    // "hours.clock.<half>", "hours.holiday.<calendar>". (Each service's words are found on a
    // rendered page by tests/unit/places.test.tsx.)
    const built = /^(cost|region|section|hours\.(zone|weekday|weekdayOn|clock|holiday))\b/;
    const unused = Object.keys(en).filter((key) => !built.test(key) && !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('never promises complete anonymity', () => {
    for (const messages of Object.values(MESSAGES)) {
      const all = Object.values(messages).join('\n').toLowerCase();
      expect(all).not.toMatch(/completely anonymous|totally anonymous|100% anonymous|cwbl ddienw|hollol ddienw|volledig anoniem|helemaal anoniem|complètement anonyme|totalement anonyme|entièrement anonyme/);
    }
  });
});

describe('a short form says no more than the full one', () => {
  // What each helpline passes on, from the fact sheet: every condition the short sentence
  // must name, in each language's words, and words that would promise more ("only if").
  const SHEET: Record<string, Record<string, { names: RegExp[]; never: RegExp }>> = {
    'stop-it-now-uk': {
      en: { names: [/identify yourself and also say something that identifies a child who has been abused or is at risk, or suggests anyone else is at risk of harm/, /they pass it on/, /details of any crime/], never: /\bonly\b/ },
      cy: { names: [/dangos pwy ydych chi/, /plentyn sydd wedi cael ei gam-drin neu sydd mewn perygl/, /unrhyw un arall mewn perygl o niwed/, /unrhyw drosedd/], never: /dim ond|\bond os\b/ },
      de: { names: [/Sie identifizieren kann/, /Kind identifizieren kann, das missbraucht wurde oder gefährdet ist/, /einer anderen Person Schaden droht/, /Straftaten/], never: /\bnur\b/ },
      nl: { names: [/gegevens geeft waarmee u te herkennen bent/, /kind te herkennen is dat is misbruikt of risico loopt/, /iemand anders risico loopt op schade/, /strafbare feiten/], never: /\balleen\b/ },
      fr: { names: [/permettent de vous identifier/, /enfant victime de maltraitance ou qui risque de l’être/, /une autre personne risque de subir un préjudice/, /toute infraction/], never: /\b(seulement|uniquement)\b/ },
    },
    'stop-it-now-au': {
      en: { names: [/reason to believe/, /offence has happened \(including online\)/, /significant harm/, /relevant authorities, such as the police or child protection/], never: /\bonly\b/ },
      cy: { names: [/reswm i gredu/, /trosedd wedi digwydd \(gan gynnwys ar-lein\)/, /niwed sylweddol/, /awdurdodau perthnasol/], never: /dim ond/ },
      de: { names: [/Grund zur Annahme/, /Straftat geschehen ist \(auch im Internet\)/, /erheblicher Schaden/, /zuständigen Behörden, etwa der Polizei oder den Kinderschutzbehörden/], never: /\bnur\b/ },
      nl: { names: [/reden heeft om aan te nemen/, /strafbaar feit is gepleegd \(ook online\)/, /aanzienlijke schade/, /bevoegde instanties, zoals de politie of de kinderbescherming/], never: /\balleen\b|ernstige/ },
      fr: { names: [/raisons de croire/, /infraction a eu lieu \(y compris en ligne\)/, /préjudice important/, /autorités compétentes, comme la police ou la protection de l’enfance/], never: /\b(seulement|uniquement)\b|grave/ },
    },
    // "Seule une situation dans laquelle un∙e mineur∙e, ou un tiers vulnérable, ferait face à
    // un danger imminent pourrait entrainer un signalement": only then, and "may", never "will".
    'stop-it-now-bruxelles': {
      en: { names: [/only if/, /someone under 18/, /another vulnerable person/, /immediate danger/, /may tell the authorities/], never: /\b(will|never|anonymous)\b/i },
      cy: { names: [/Dim ond os/, /o dan 18 oed/, /berson bregus arall/, /perygl uniongyrchol/, /gallan nhw ddweud wrth yr awdurdodau/], never: /\b(bydd|byddan|byth|dienw)\b/i },
      de: { names: [/nur dann/, /unter 18/, /andere schutzbedürftige Person/, /unmittelbarer Gefahr/, /kann die Behörden/], never: /\b(wird|niemals|anonym)\b/i },
      nl: { names: [/^Alleen als/, /jonger dan 18/, /andere kwetsbare persoon/, /direct gevaar/, /kan de hulplijn de autoriteiten/], never: /\b(zal|zullen|nooit|anoniem)\b/i },
      fr: { names: [/seulement si/, /moins de 18 ans/, /autre personne vulnérable/, /danger imminent/, /peut prévenir les autorités/], never: /\b(va|vont|jamais|anonyme)\b/i },
    },
  };

  it('every short sentence of what a service passes on has its full wording in the guide, and is pinned here', () => {
    const shorts = Object.entries(enServices).filter(([, words]) => words.passesOnShort).map(([id]) => id);
    expect(shorts.sort()).toEqual(Object.keys(SHEET).sort());
    for (const id of shorts) expect(enServices[id]?.passesOnFull, id).toBeTruthy();
  });

  it.each(Object.entries(SHEET).flatMap(([id, langs]) => Object.entries(langs).map(([lang, rule]) => ({ id, lang, rule }))))(
    '$id in $lang names every condition and adds none',
    ({ id, lang, rule }) => {
      const short = (MESSAGES[lang as keyof typeof MESSAGES].services as Record<string, { passesOnShort?: string }>)[id]!.passesOnShort!;
      for (const condition of rule.names) expect(short).toMatch(condition);
      expect(short).not.toMatch(rule.never);
    },
  );
});

describe('who the helpline is for, in every language', () => {
  // "Sexual" qualifies both thoughts and behaviour: in Welsh and German the adjective must
  // be said twice, or the sentence widens to any behaviour towards children.
  it.each([
    ['en', /sexual thoughts or behaviour/],
    ['cy', /meddyliau rhywiol neu (eu hymddygiad|eich ymddygiad) rhywiol/],
    ['de', /sexuellen Gedanken oder (ihres|Ihres) sexuellen Verhaltens/],
    // Dutch and French: one adjective before (after) two nouns qualifies both, as in English.
    ['nl', /seksuele gedachten of gedrag/],
    ['fr', /pensées ou comportements sexuels/],
  ] as const)('%s', (lang, both) => {
    const words = MESSAGES[lang];
    for (const sentence of [words['guide.intro']!, words['section.self']!, words.services['stop-it-now-uk']!.about!]) {
      expect(sentence).toMatch(both);
    }
  });
});
