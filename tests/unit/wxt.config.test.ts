import { describe, expect, it } from 'vitest';
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
