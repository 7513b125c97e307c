/**
 * What a Signpost manifest must never have. Used on the built manifests by the unit tests
 * and by the end-to-end suite, so the promise is checked where it ships.
 */
const FORBIDDEN = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'background',
  'content_scripts',
  'web_accessible_resources',
  'externally_connectable',
  'declarative_net_request',
  'devtools_page',
  'chrome_url_overrides',
  'sandbox',
] as const;

type Manifest = Record<string, unknown>;

/**
 * The whole policy of the extension's pages, written out here rather than read from the
 * config, so that loosening any directive there fails the tests.
 */
export const EXPECTED_CSP: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'none'",
  'font-src': "'none'",
  'connect-src': "'none'",
  'media-src': "'none'",
  'frame-src': "'none'",
  'worker-src': "'none'",
  'manifest-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

function extensionPagesCsp(manifest: Manifest): string {
  const csp = manifest.content_security_policy;
  if (typeof csp === 'string') return csp;
  if (csp && typeof csp === 'object' && 'extension_pages' in csp) {
    return String((csp as { extension_pages: unknown }).extension_pages ?? '');
  }
  return '';
}

export function checkManifest(manifest: Manifest, browser: 'chrome' | 'firefox'): string[] {
  const problems: string[] = [];
  for (const key of FORBIDDEN) {
    const value = manifest[key];
    if (value === undefined) continue;
    if (key === 'permissions' && Array.isArray(value) && value.length === 0) continue;
    problems.push(`manifest has ${key}: ${JSON.stringify(value)}`);
  }
  const csp = extensionPagesCsp(manifest);
  const directives = new Map(
    csp
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );
  for (const [name, value] of Object.entries(EXPECTED_CSP)) {
    if (directives.get(name) !== value) {
      problems.push(`CSP lacks ${name} ${value} (has ${directives.get(name) ?? 'nothing'}): ${csp || '(no CSP)'}`);
    }
  }
  for (const name of directives.keys()) {
    if (!(name in EXPECTED_CSP)) problems.push(`CSP has an unexpected directive ${name}: ${csp}`);
  }
  if (browser === 'firefox') {
    const gecko = (manifest.browser_specific_settings as { gecko?: { data_collection_permissions?: { required?: unknown } } })
      ?.gecko;
    const required = gecko?.data_collection_permissions?.required;
    if (!Array.isArray(required) || required.length !== 1 || required[0] !== 'none') {
      problems.push(`Firefox manifest lacks data_collection_permissions.required ["none"]: ${JSON.stringify(required)}`);
    }
  }
  return problems;
}
