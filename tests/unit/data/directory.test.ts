import { type CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { REGION_IDS, SERVICES } from '@/data/directory';
import type { Role, Service } from '@/data/types';
import { dialHref } from '@/lib/dial';
import { MESSAGES } from '@/locales/all';
import { LANG_CODES } from '@/locales/langs';

const services: readonly Service[] = SERVICES;

/** Numbers outside national plans that the directory may list, per country. */
const SHORT_CODES: Record<string, readonly string[]> = {
  GB: ['999', '112', '116123'],
  IE: ['112', '999', '116123'],
  US: ['911', '988'],
  AU: ['000'],
  DE: ['112', '110', '116111'],
  NL: ['112', '113'],
  BE: ['112', '1813'],
  FR: ['112', '3114'],
  NZ: ['111', '1737', '4334'],
};

const TRACKING = /^(utm_|fbclid$|gclid$|msclkid$|mc_(cid|eid)$|ref$|_ga$|igshid$)/i;

/** Values the fact sheet marks "do not ship". They must never appear in the directory. */
const DO_NOT_SHIP = [
  'help@stopitnow.org.uk',
  'help@stopitnow.org',
  'get-help.stopitnow.org.uk',
  '1800 016 848',
  '+611800016848',
  'napac',
  'shore',
  // Not anonymous and not help for thoughts: never presented as either.
  'oneinfour',
  // Its number is found only in news reports.
  '1800 66 66 66',
  // Third check. (Offlimits runs Stop it Now! Netherlands and the Dutch reporting hotline:
  // not on this list.) Its new address is not yet read on an official page:
  'meldpunt.offlimits.nl',
  // The Dutch police's WhatsApp number asks people to send images.
  '+31 6 428 346 35',
  '+31642834635',
  // Numbers stated only by the press: Flanders' Stop it Now!, SéOS, Beforemore, DIS NO,
  // Talking for Change, each as printed and in E.164.
  '0800 200 50',
  '+3280020050',
  '0800 200 99',
  '+3280020099',
  '0800 222 333',
  '+41800222333',
  '0840 740 640',
  '+41840740640',
  '1-833-703-3303',
  // ISPCC Childline in E.164 (as printed, above).
  '+3531800666666',
  // Awel's 102 and France's 17 (the police), short codes the press alone gives: as the
  // directory would hold them.
  '"e164":"102"',
  '"display":"102"',
  '"e164":"17"',
  '"display":"17"',
  // Sites the sheet names only through the press or third parties: Flanders' Stop it Now!,
  // SéOS, Awel, Safe to talk; De Kindertelefoon's own site is not a source.
  'stopitnow.be',
  'seos.be',
  'awel.be',
  'safetotalk.nz',
  // (Its friends' site, vriendenkindertelefoon.nl, is one of the sheet's sources.)
  '//kindertelefoon.nl',
  '.kindertelefoon.nl',
];

/**
 * Numbers that cannot be dialled from abroad, as libphonenumber's metadata marks them
 * (resources/PhoneNumberMetadata.xml, noInternationalDialling, commit f7e3e88c of
 * google/libphonenumber), by national number. The sheet lists Australia's too.
 */
const NATIONAL_ONLY: Partial<Record<string, RegExp>> = {
  AU: /^(?:1(?:3(?:00\d{5}|45[0-4])|802)\d{3}|1[38]00\d{6}|13\d{4})$/,
  IE: /^18[59]0\d{6}$/,
};
const SHEET_NATIONAL = ['tel:1800011800', 'tel:131114', 'tel:1800333000', 'tel:1800551800'];

const MAX_AGE_DAYS = 365;

describe('the help directory', () => {
  it('has unique ids', () => {
    const ids = services.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(services.map((service) => [service.id, service] as const))(
    '%s links only to https pages with no tracking parameters',
    (_id, service) => {
      const urls = [service.url, ...service.sources.map((source) => ('url' in source ? source.url : undefined))];
      for (const url of urls.filter((value): value is string => value !== undefined)) {
        const parsed = new URL(url);
        expect(parsed.protocol, url).toBe('https:');
        expect(parsed.username + parsed.password, url).toBe('');
        expect([...parsed.searchParams.keys()].filter((key) => TRACKING.test(key)), url).toEqual([]);
        expect(parsed.hash, url).toBe('');
      }
    },
  );

  const phones = services.flatMap((service) =>
    service.phones.map((phone) => [`${service.id} ${phone.display}`, phone] as const),
  );

  it.each(phones)('%s is a valid number whose display matches its E.164 form', (_name, phone) => {
    if (phone.shortCode) {
      expect(SHORT_CODES[phone.country], `${phone.display} is not a known short code`).toContain(phone.e164);
      expect(phone.display.replace(/\s/g, '')).toBe(phone.e164);
      return;
    }
    const fromE164 = parsePhoneNumberWithError(phone.e164);
    expect(fromE164.isValid(), `${phone.e164} is not valid`).toBe(true);
    expect(fromE164.country).toBe(phone.country);
    // The display form, read as someone would dial it in that country, is the same number.
    const fromDisplay = parsePhoneNumberWithError(phone.display, phone.country as CountryCode);
    expect(fromDisplay.number).toBe(phone.e164);
  });

  it.each(services.map((service) => [service.id, service] as const))(
    '%s names a source and a check date within the last 12 months',
    (id, service) => {
      expect(service.sources.length, `${id} has no source`).toBeGreaterThan(0);
      for (const source of service.sources) {
        expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const ageDays = (Date.now() - Date.parse(`${source.checked}T00:00:00Z`)) / 86_400_000;
        const where = 'url' in source ? source.url : source.sheet;
        expect(
          ageDays,
          `Re-check ${id} (${service.name}): its number, hours and address were last checked on ${source.checked} against ${where}.`,
        ).toBeLessThanOrEqual(MAX_AGE_DAYS);
        expect(ageDays, `${id} has a check date in the future`).toBeGreaterThanOrEqual(-1);
        if ('sheet' in source) expect(source.sheet).toMatch(/^shared\/facts\/help-directory\.md#[a-z-]+$/);
      }
    },
  );

  it('ships nothing the fact sheet marks "do not ship"', () => {
    const text = JSON.stringify(services).toLowerCase();
    for (const value of DO_NOT_SHIP) expect(text).not.toContain(value.toLowerCase());
  });

  it('shows hours in the Netherlands, Belgium, France and New Zealand only where the third check found them', () => {
    // No official page gives any prevention line's hours there but Stop it Now! Bruxelles';
    // these answer around the clock on their official pages. The rest (113 and De
    // Kindertelefoon, whose hours are in the press only, among them) show none.
    const stated: Record<string, string> = {
      'stop-it-now-bruxelles': 'weekly',
      'safe-to-talk': 'always',
      'veilig-thuis': 'always',
      'zelfmoordlijn-1813': 'always',
      'centre-prevention-suicide': 'always',
      'suicide-3114': 'always',
      'need-to-talk-1737': 'always',
    };
    const third = ['nl', 'be', 'fr', 'nz'];
    const lines = services.filter(
      (service) => service.phones.length > 0 && service.regions !== 'anywhere' && service.regions.some((region) => third.includes(region)),
    );
    expect(lines.length).toBeGreaterThan(15);
    for (const service of lines) expect(service.hours.kind, service.id).toBe(stated[service.id] ?? 'unknown');
  });

  it('never calls France’s STOP free, in its data or in any language', () => {
    // "Non surtaxé": the cost of an ordinary call. Never free (a "numéro vert" in one paper).
    const stop = services.find((service) => service.id === 'stop-fr')!;
    for (const phone of stop.phones) expect(phone.cost, phone.display).toBe('normal-rate');
    const FREE: Record<string, RegExp> = {
      en: /\bfree\b|freephone|no charge|gratuit|numéro vert/i,
      cy: /am ddim|rhad|di-dâl|gratuit|numéro vert/i,
      de: /kostenlos|kostenfrei|gebührenfrei|gratis|gratuit|numéro vert/i,
      nl: /gratis|kosteloos|gratuit|numéro vert/i,
      fr: /gratuit|numéro vert|sans frais/i,
    };
    for (const [lang, messages] of Object.entries(MESSAGES)) {
      const free = FREE[lang]!;
      expect(messages['cost.normal-rate'], lang).not.toMatch(free);
      for (const sentence of Object.values(messages.services['stop-fr'] ?? {})) expect(sentence, lang).not.toMatch(free);
      // Nor anonymous: the sheet does not say.
      for (const sentence of Object.values(messages.services['stop-fr'] ?? {})) expect(sentence, lang).not.toMatch(/anonym|dienw|anoniem/i);
    }
    expect(stop.anonymous).toBeUndefined();
  });

  it('never says what happens to a report made to Child Focus (two versions disagree)', () => {
    for (const [lang, messages] of Object.entries(MESSAGES)) {
      for (const sentence of Object.values(messages.services['child-focus'] ?? {})) {
        expect(sentence, lang).not.toMatch(/police|Polizei|heddlu|forward|transfer|filter|weiter|anfon/i);
      }
    }
  });

  it('shows no hours for services whose hours are not verified', () => {
    for (const id of ['stop-it-now-us', 'stop-it-now-au', 'lifeline-988', 'emergency-999', 'emergency-911']) {
      expect(services.find((service) => service.id === id)?.hours).toEqual({ kind: 'unknown' });
    }
  });

  it('pins each real weekly schedule to the sheet (the hours logic is tested on fixtures)', () => {
    const weekly = Object.fromEntries(
      services.flatMap((service) => (service.hours.kind === 'weekly' ? [[service.id, service.hours]] : [])),
    );
    const day = (from: number, to: number, open: string, close: string) =>
      Array.from({ length: to - from + 1 }, (_, index) => ({ day: from + index, open, close }));
    expect(weekly).toEqual({
      // Monday to Thursday 09:00-21:00, Friday 09:00-17:00, UK time; closed at the weekend.
      'stop-it-now-uk': { kind: 'weekly', timeZone: 'Europe/London', holidays: 'GB-ENG', periods: [...day(1, 4, '09:00', '21:00'), ...day(5, 5, '09:00', '17:00')] },
      // Phone Monday to Friday 08:00-22:00, Saturday and Sunday 09:00-18:00.
      nspcc: { kind: 'weekly', timeZone: 'Europe/London', holidays: 'GB-ENG', periods: [...day(1, 5, '08:00', '22:00'), ...day(6, 7, '09:00', '18:00')] },
      // Monday 14:00-16:00, Wednesday 17:00-19:00, Friday 10:00-12:00, Belgian time.
      // Monday to Saturday 14:00-20:00, German time (not the 2020 morning slot).
      'nummer-gegen-kummer': { kind: 'weekly', timeZone: 'Europe/Berlin', holidays: 'DE', periods: day(1, 6, '14:00', '20:00') },
      'stop-it-now-bruxelles': { kind: 'weekly', timeZone: 'Europe/Brussels', holidays: 'BE', periods: [...day(1, 1, '14:00', '16:00'), ...day(3, 3, '17:00', '19:00'), ...day(5, 5, '10:00', '12:00')] },
    });
  });

  it('gives weekly schedules well-formed times in a real zone', () => {
    for (const service of services) {
      if (service.hours.kind !== 'weekly') continue;
      expect(() => new Intl.DateTimeFormat('en', { timeZone: service.hours.kind === 'weekly' ? service.hours.timeZone : '' })).not.toThrow();
      for (const period of service.hours.periods) {
        expect(period.open < period.close, `${service.id} day ${period.day}`).toBe(true);
      }
    }
  });

  it.each(REGION_IDS.map((region) => [region]))('gives %s at most one service in each role the pages lead with', (region) => {
    const here = services.filter((service) => service.regions === 'anywhere' || service.regions.includes(region));
    const single: Role[] = ['helpline', 'self-help', 'questions', 'family-advice', 'parents-advice', 'young-people', 'child-protection', 'emergency'];
    for (const role of single) expect(here.filter((service) => service.role === role).length, role).toBeLessThanOrEqual(1);
  });

  it('names only known regions, and gives a number only to regions its service serves', () => {
    const known = new Set<string>(REGION_IDS);
    for (const service of services) {
      if (service.regions !== 'anywhere') for (const region of service.regions) expect(known, service.id).toContain(region);
      for (const phone of service.phones) {
        for (const region of phone.for) {
          expect(service.regions === 'anywhere' || service.regions.includes(region), `${service.id} ${phone.display} for ${region}`).toBe(true);
        }
      }
    }
  });

  it('says whether a service needs your name only of reporting routes and helplines, and only where the sheet does', () => {
    // Helplines the sheet says you need not give your name to: the UK's ("callers need not
    // give their name"), the US's ("we do not need any identifying information"), Australia's
    // and the Netherlands' (anonymous), Kein Täter werden (first contact can be anonymous).
    // Belgium: Stop it Now! Bruxelles ("vous n'avez à révéler ni votre identité, ni votre
    // lieu de résidence précis").
    const anonymousHelplines = ['stop-it-now-uk', 'stop-it-now-us', 'stop-it-now-au', 'kein-taeter-werden', 'stop-it-now-nl', 'stop-it-now-bruxelles'];
    // Reporting routes the sheet says neither of: the guide says nothing either way.
    // Point de Contact: "anonymously" only in the press. DIA: a contact email is optional,
    // but the page never says "anonymous".
    const silentReports = ['point-de-contact', 'dia-nz'];
    for (const service of services) {
      if (service.role === 'helpline') expect(service.anonymous, service.id).toBe(anonymousHelplines.includes(service.id) || undefined);
      else if (service.role === 'report') expect(service.anonymous !== undefined, service.id).toBe(!silentReports.includes(service.id));
      else expect(service.anonymous, service.id).toBeUndefined();
    }
  });

  it('claims a cost only where the fact sheet states it', () => {
    // From the sheet: UK freephone; Ireland charged by the provider; Samaritans free;
    // Stop It Now! US toll-free; Lifeline free from mobiles (calls); TelefonSeelsorge free.
    // Second check: Crime Stoppers toll free; Germany's 112 and 110 both free.
    const stated: Record<string, string> = {
      'stop-it-now-uk 0808 1000 900': 'free-uk',
      'stop-it-now-uk +44 1372 847 161': 'charged-provider',
      'samaritans 116 123': 'free',
      'stop-it-now-us 1-888-773-8368': 'free-toll',
      'lifeline-au 13 11 14': 'free-lifeline',
      'crime-stoppers-au 1800 333 000': 'free-toll',
      'telefonseelsorge 0800 111 0 111': 'free',
      'telefonseelsorge 0800 111 0 222': 'free',
      'emergency-112-de 112': 'free',
      'police-110-de 110': 'free',
      // Third check. The Netherlands: Stop it Now!, 0800-0113, Veilig Thuis and De
      // Kindertelefoon free (0800 numbers); whether 113 itself is free is in conflict.
      'stop-it-now-nl 0800 266 64 36': 'free',
      'zelfmoordpreventie-113 0800-0113': 'free',
      'veilig-thuis 0800-2000': 'free',
      'kindertelefoon 0800-0432': 'free',
      // Belgium: Stop it Now! Bruxelles ("Ce numéro est gratuit"), 1813 and 112 free; the
      // Centre de Prévention du Suicide's cost is stated only by a third party.
      'stop-it-now-bruxelles 0800 14 112': 'free',
      'zelfmoordlijn-1813 1813': 'free',
      'emergency-112-be 112': 'free',
      // France: STOP "non surtaxé", the cost of a normal call (never free); 3114 free.
      'stop-fr 0 806 23 10 63': 'normal-rate',
      'suicide-3114 3114': 'free',
      // New Zealand: Safe to talk free to call and to text; 1737 free to call or text.
      'safe-to-talk 0800 044 334': 'free',
      'safe-to-talk 4334': 'free',
      'need-to-talk-1737 1737': 'free',
      // Young people's lines: Kids Helpline ("free from mobile phones, landlines and public
      // telephones"), Nummer gegen Kummer ("anonym und kostenlos").
      'kids-helpline 1800 55 1800': 'free',
      'nummer-gegen-kummer 116 111': 'free',
    };
    for (const service of services) {
      for (const phone of service.phones) {
        const name = `${service.id} ${phone.display}`;
        expect(phone.cost, name).toBe(stated[name] ?? 'unstated');
      }
    }
  });

  it('says "open 24 hours" only of the lines the fact sheet says are', () => {
    // The sheet: Samaritans, Childline, NCMEC, Lifeline and TelefonSeelsorge answer 24 hours.
    // Third check: Veilig Thuis (113's 24/7 is in the press only), Zelfmoordlijn 1813, the
    // Centre de Prévention du Suicide ("24 heures sur 24").
    const allDay = [
      'samaritans',
      'childline',
      'ncmec',
      'lifeline-au',
      'telefonseelsorge',
      'veilig-thuis',
      'zelfmoordlijn-1813',
      'centre-prevention-suicide',
      'suicide-3114',
      'safe-to-talk',
      'need-to-talk-1737',
      'kids-helpline',
    ];
    for (const service of services.filter((candidate) => candidate.phones.length > 0)) {
      if (service.hours.kind === 'always') expect(allDay, service.id).toContain(service.id);
    }
  });

  it('says who else a service is for only where the fact sheet states it', () => {
    // The UK helpline: family and friends, parents, professionals. The US helpline: "anyone
    // with questions" (professionals are not stated). No other service names an audience.
    const stated: Record<string, readonly string[]> = {
      'stop-it-now-uk': ['someone-else', 'parents', 'professional'],
      'stop-it-now-us': ['someone-else'],
      // Third check: the people around them (partners, family). Professionals too, but not
      // "advice about a case", which is what 'professional' makes the guide say: its words say it.
      'stop-it-now-nl': ['someone-else'],
    };
    for (const service of services) expect(service.alsoFor, service.id).toEqual(stated[service.id]);
  });

  it('names the languages of a service only where the fact sheet states them', () => {
    const stated: Record<string, readonly string[]> = {
      'stop-it-now-uk': ['en', 'cy'],
      redirection: ['en', 'es', 'fi'],
      'prevent-it': ['en', 'sv', 'de', 'pt'],
    };
    for (const service of services) expect(service.languages, service.id).toEqual(stated[service.id]);
    // Nor does any sentence about the others, in any language: not Kein Täter werden's or
    // TelefonSeelsorge's ("not stated"), nor a Belgian line's from the sheet's headings.
    const LANGUAGE_NAMES: Record<string, RegExp> = {
      en: /\b(English|Welsh|German|Spanish|Finnish|Swedish|Portuguese|Irish|French|Dutch|Flemish)\b/,
      cy: /\b(Saesneg|Cymraeg|Almaeneg|Sbaeneg|Ffinneg|Swedeg|Portiwgaleg|Gwyddeleg|Ffrangeg|Iseldireg|Fflemeg)\b/,
      de: /\b(Englisch|Walisisch|Deutsch|Spanisch|Finnisch|Schwedisch|Portugiesisch|Irisch|Französisch|Niederländisch|Flämisch)\b|sprachig/i,
      nl: /\b(Engels|Welsh|Duits|Spaans|Fins|Zweeds|Portugees|Iers|Frans|Nederlands|Vlaams)\b|talig/i,
      fr: /\ben (anglais|gallois|allemand|espagnol|finnois|suédois|portugais|irlandais|français|néerlandais|flamand)\b|(franco|néerlando|germano|anglo)phone/i,
    };
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LANG_CODES].sort());
    let checked = 0;
    const claims: string[] = [];
    for (const [lang, messages] of Object.entries(MESSAGES)) {
      for (const service of services.filter((candidate) => !candidate.languages)) {
        for (const [field, sentence] of Object.entries(messages.services[service.id] ?? {})) {
          checked += 1;
          if (LANGUAGE_NAMES[lang]!.test(sentence)) claims.push(`${lang} ${service.id} ${field}: ${sentence}`);
        }
      }
    }
    expect(claims).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('links a number that cannot be dialled from abroad as it is dialled at home', () => {
    for (const service of services) {
      for (const phone of service.phones) {
        if (phone.shortCode) continue;
        const national = parsePhoneNumberWithError(phone.e164).nationalNumber;
        const nationalOnly = NATIONAL_ONLY[phone.country]?.test(national) ?? false;
        expect(phone.national ?? false, `${service.id} ${phone.display}`).toBe(nationalOnly);
        expect(dialHref(phone).includes('+'), `${service.id} ${phone.display}`).toBe(!nationalOnly);
      }
    }
    const dialled = services.flatMap((service) => service.phones.map(dialHref));
    expect(dialled).toEqual(expect.arrayContaining(SHEET_NATIONAL));
  });

  it('gives every region a crisis line, and an emergency number for a life in danger everywhere it knows one', () => {
    for (const region of REGION_IDS) {
      const here = services.filter((service) => service.regions !== 'anywhere' && service.regions.includes(region));
      expect(here.filter((service) => service.role === 'crisis').length, region).toBeGreaterThan(0);
      // "Somewhere else" has no number: the pages say "your local emergency number" there.
      expect(here.filter((service) => service.role === 'emergency').length, region).toBe(region === 'elsewhere' ? 0 : 1);
    }
  });

  it('catches a wrong number (the check can fail)', () => {
    expect(parsePhoneNumberWithError('0808 1000 90', 'GB').isValid()).toBe(false);
    expect(parsePhoneNumberWithError('0808 1000 900', 'GB').number).not.toBe('+448081000909');
  });
});
