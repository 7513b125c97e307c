import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '@/data/directory';
import { LANG_CODES } from '@/locales/langs';
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

  it('would find a service or a subject (the check can fail)', () => {
    expect(named('Confidential help one click away: the Stop It Now! helpline and free, anonymous self-help.', 'en')).toEqual(
      expect.arrayContaining(['helpline', 'stop it now', 'Stop It Now!']),
    );
    expect(named('Hilfe für Menschen mit sexuellem Interesse an Kindern', 'de')).toEqual(['sexuell', 'kind']);
    expect(named('Appelez Samaritans', 'fr')).toEqual(['Samaritans']);
  });
});
