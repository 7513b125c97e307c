import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONS, SERVICES } from '@/data/directory';
import { WORDS } from '@/locales/all';
import { LANG_CODES, LANGS, type Lang } from '@/locales/langs';
import { CONTENT_SECURITY_POLICY } from '@/wxt.config';
import { checkManifest, EXPECTED_CSP } from '../manifest-check';

describe('checkManifest (the rules themselves can fail)', () => {
  const policy = (change: Record<string, string | undefined> = {}) =>
    Object.entries({ ...EXPECTED_CSP, ...change })
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name} ${value}`)
      .join('; ');
  const good = {
    manifest_version: 3,
    content_security_policy: { extension_pages: policy() },
    browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } },
  };

  it.each([
    ['permissions', { permissions: ['storage'] }, 'permissions'],
    ['empty permissions are fine', { permissions: [] }, undefined],
    ['optional permissions', { optional_permissions: ['tabs'] }, 'optional_permissions'],
    ['host permissions', { host_permissions: ['<all_urls>'] }, 'host_permissions'],
    ['a background script', { background: { service_worker: 'bg.js' } }, 'background'],
    ['content scripts', { content_scripts: [{ matches: ['<all_urls>'], js: ['c.js'] }] }, 'content_scripts'],
    ['web-accessible resources', { web_accessible_resources: [] }, 'web_accessible_resources'],
    ['a CSP that may connect', { content_security_policy: { extension_pages: policy({ 'connect-src': undefined }) } }, 'connect-src'],
    ['a CSP that connects to self', { content_security_policy: { extension_pages: policy({ 'connect-src': "'self'" }) } }, 'connect-src'],
    ['images from data: URLs', { content_security_policy: { extension_pages: policy({ 'img-src': "'self' data:" }) } }, 'img-src'],
    ['scripts from anywhere', { content_security_policy: { extension_pages: policy({ 'script-src': "'self' https:" }) } }, 'script-src'],
    ['inline styles', { content_security_policy: { extension_pages: policy({ 'style-src': "'self' 'unsafe-inline'" }) } }, 'style-src'],
    ['no default', { content_security_policy: { extension_pages: policy({ 'default-src': undefined }) } }, 'default-src'],
    ['a directive more', { content_security_policy: { extension_pages: `${policy()}; prefetch-src https:` } }, 'prefetch-src'],
    ['no CSP', { content_security_policy: undefined }, 'connect-src'],
    ['Firefox without data collection "none"', { browser_specific_settings: { gecko: {} } }, 'data_collection_permissions'],
  ])('%s', (_name, change, problem) => {
    const problems = checkManifest({ ...good, ...change }, 'firefox');
    if (problem) expect(problems.join('\n')).toContain(problem);
    else expect(problems).toEqual([]);
  });

  it('reads an MV2 string CSP', () => {
    expect(checkManifest({ ...good, manifest_version: 2, content_security_policy: policy() }, 'firefox')).toEqual([]);
  });

  it('is the policy the config gives the browsers', () => {
    expect(checkManifest({ ...good, content_security_policy: { extension_pages: CONTENT_SECURITY_POLICY } }, 'firefox')).toEqual([]);
  });
});

/**
 * The name and description the manifest points to (__MSG_extensionName__ and the others) are
 * what chrome://extensions and about:addons show to anyone who looks at the browser, and what
 * Firefox puts in every telemetry report: they name no service and no subject, in every language.
 */
describe('the name and description, in every language', () => {
  const KEYS = ['extensionName', 'extensionShortName', 'extensionDescription'] as const;
  /** The subject, in each language's words (a word starting so), and every service's name. */
  const SUBJECT: Record<string, readonly string[]> = {
    en: ['abuse', 'sexual', 'child', 'paedophil', 'pedophil', 'offend', 'helpline', 'stop it now'],
    cy: ['cam-drin', 'camdrin', 'rhywiol', 'plentyn', 'plant', 'pedoffil', 'llinell gymorth', 'stop it now'],
    de: ['missbrauch', 'sexuell', 'kind', 'pädophil', 'täter', 'hilfetelefon', 'stop it now'],
    nl: ['misbruik', 'seksue', 'kind', 'pedofiel', 'hulplijn', 'stop it now'],
    fr: ['abus', 'sexuel', 'enfant', 'pédophil', 'pedophil', 'ligne d', 'stop it now'],
    nb: ['overgrep', 'seksuel', 'barn', 'pedofil', 'hjelpetelefon', 'stop it now'],
  };
  const SERVICE_NAMES = [...new Set(SERVICES.map((service) => service.name))];

  function named(text: string, lang: string): string[] {
    const lower = text.toLowerCase();
    const escaped = (words: string) => words.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A word that starts so (sexual, sexually), and a name as a whole (STOP, not "stops").
    const starts = (word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escaped(word)}`, 'u').test(lower);
    const whole = (name: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escaped(name)}($|[^\\p{L}\\p{N}])`, 'u').test(lower);
    return [...(SUBJECT[lang] ?? SUBJECT.en!).filter(starts), ...SERVICE_NAMES.filter(whole)];
  }

  it('has the words of every language Signpost speaks, and every language has its subject words', () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...LANG_CODES].sort());
    for (const lang of LANG_CODES) expect(SUBJECT[lang], lang).toBeDefined();
  });

  it.each(LANG_CODES)('%s names no service and no subject', (lang) => {
    const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    for (const key of KEYS) {
      const text = messages[key]?.message ?? '';
      expect(named(text, lang), `${lang} ${key}: ${text}`).toEqual([]);
    }
    expect(messages.extensionName?.message).toMatch(/^Signpost\s?: /);
    expect(messages.extensionShortName?.message).toBe('Signpost');
    expect(messages.extensionDescription?.message.length).toBeLessThanOrEqual(132);
  });

  /** A store listing's name (after its first bold label) and short description (the line under the heading that names its limit, 132 characters). */
  const headOf = (text: string): { name?: string; short?: string } => ({
    name: /^\*\*[^*\n]+\*\* (.+)$/m.exec(text)?.[1],
    short: /^\*\*[^\n]*\b132\b[^\n]*\*\*\n(.+)$/m.exec(text)?.[1],
  });
  const listingHead = (lang: string) => headOf(readFileSync(`store/listing.${lang}.md`, 'utf8'));

  // The store shows its short description where the browser shows the extension's: the same words.
  it.each(LANG_CODES)('%s: the store listing has the same name and short description as the browser', (lang) => {
    const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const { name, short } = listingHead(lang);
    expect(name).toBe(messages.extensionName?.message);
    expect(short).toBe(messages.extensionDescription?.message);
    expect(named(short ?? '', lang), `${lang} short description: ${short}`).toEqual([]);
    expect(short?.length).toBeLessThanOrEqual(132);
  });

  it("reads a listing's name and short description, or finds none (the check can fail)", () => {
    expect(headOf('# Title\n\n**Name:** Signpost: x\n\n**Short description (at most 132 characters):**\nHelp.\n')).toEqual({ name: 'Signpost: x', short: 'Help.' });
    expect(headOf('**Name:** Signpost: x\n\n**Short description:**\nHelp.\n').short).toBeUndefined();
    expect(headOf('**Short description (at most 132 characters):**\n\nHelp.\n').short).toBeUndefined();
  });

  it('would find a service or a subject (the check can fail)', () => {
    expect(named('Confidential help one click away: the Stop It Now! helpline and free, anonymous self-help.', 'en')).toEqual(
      expect.arrayContaining(['helpline', 'stop it now', 'Stop It Now!']),
    );
    expect(named('Hilfe für Menschen mit sexuellem Interesse an Kindern', 'de')).toEqual(['sexuell', 'kind']);
    expect(named('Appelez Samaritans', 'fr')).toEqual(['Samaritans']);
  });
});

/**
 * A store listing names the help its readers get, so it names every place Signpost has help
 * for (by the name its picker shows in that language, "Somewhere else" too) and every
 * language it can be read in (by the language's own name, as the switch shows it), and says
 * that Signpost is independent of Stop It Now! and the Lucy Faithfull Foundation
 * (store/README.md).
 */
describe('the store listings, in every language', () => {
  const listing = (lang: Lang) => readFileSync(`store/listing.${lang}.md`, 'utf8').replace(/\s+/g, ' ');
  const INDEPENDENT: Record<Lang, RegExp> = {
    en: /Signpost is independent\. It is not made or endorsed by Stop It Now!, the Lucy Faithfull Foundation/,
    cy: /Mae Signpost yn annibynnol\. Nid Stop It Now!, na’r Lucy Faithfull Foundation, .*a’i gwnaeth, ac nid ydyn nhw’n ei gymeradwyo/,
    de: /Signpost ist unabhängig\. Es wurde weder von Stop It Now! noch von der Lucy Faithfull Foundation .*entwickelt oder befürwortet/,
    nl: /Signpost is onafhankelijk\. Het is niet gemaakt of onderschreven door Stop It Now!, de Lucy Faithfull Foundation/,
    fr: /Signpost est indépendant\. Ni Stop It Now!, ni la Lucy Faithfull Foundation, .*n’ont conçu ou cautionné Signpost/,
    nb: /Signpost er uavhengig\. Den er verken laget eller godkjent av Stop It Now!, Lucy Faithfull Foundation/,
  };

  /** The places and languages a text does not name, each as a whole word or words ("Nederland" is not in "Nederlands"). */
  function unnamed(text: string, lang: Lang): string[] {
    const escaped = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const has = (words: string) => new RegExp(`(^|[^\\p{L}])${escaped(words)}($|[^\\p{L}])`, 'iu').test(text);
    return [...REGIONS.map((region) => WORDS[lang].regions[region.id].name), ...LANGS.map((language) => language.name)].filter((name) => !has(name));
  }

  it('has one listing for each language, and no other', () => {
    const listings = readdirSync('store').filter((file) => /^listing\..+\.md$/.test(file));
    expect(listings.sort()).toEqual(LANG_CODES.map((lang) => `listing.${lang}.md`).sort());
  });

  it.each(LANG_CODES)('%s names every place and every language', (lang) => {
    expect(unnamed(listing(lang), lang)).toEqual([]);
  });

  it.each(LANG_CODES)('%s says Signpost is independent', (lang) => {
    expect(listing(lang)).toMatch(INDEPENDENT[lang]);
  });

  it('would find a place or a language left out (the check can fail)', () => {
    const en = listing('en');
    expect(unnamed(en.replace(/Norway/g, 'Nowhere').replace(/Cymraeg/g, 'Welsh'), 'en')).toEqual(['Norway', 'Cymraeg']);
    expect(unnamed('Nederlands', 'nl')).toContain('Nederland');
    expect(listing('en').replace('endorsed', 'approved')).not.toMatch(INDEPENDENT.en);
  });
});
