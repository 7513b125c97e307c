/** Mozilla's addons-linter, as the suite runs it on a build folder or zip: no allowance. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import linter from 'addons-linter';

type Message = Awaited<ReturnType<ReturnType<typeof linter.createInstance>['run']>>['errors'][number];

interface Findings {
  errors: string[];
  warnings: string[];
  notices: string[];
}

async function run(target: string): Promise<Findings> {
  const instance = linter.createInstance({
    config: {
      _: [target],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      selfHosted: false,
      privileged: false,
      enableBackgroundServiceWorker: false,
    },
    runAsBinary: false,
  });
  const result = await instance.run();
  const format = (m: Message) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}: ${m.message}`;
  return { errors: result.errors.map(format), warnings: result.warnings.map(format), notices: result.notices.map(format) };
}

/** A Firefox build or release zip, exactly as it ships. */
export function lintFirefox(target: string): Promise<Findings> {
  return run(target);
}

/**
 * The Chrome build, every file as it ships. The linter is Firefox's, and asks any MV3
 * package for a Firefox id and a data-collection answer; Chrome flags those keys as
 * unrecognised, so its manifest does not carry them. The copy linted here gets exactly
 * the Firefox build's `browser_specific_settings`, and loses the one key only Chrome and
 * Edge read: `"incognito": "split"`, which Firefox does not support (it would treat it as
 * "not allowed", so the Firefox builds do not carry it). Nothing else changes.
 */
export async function lintChrome(build: string, firefoxBuild: string): Promise<Findings> {
  const copy = mkdtempSync(join(tmpdir(), 'signpost-lint-'));
  try {
    cpSync(build, copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
    const firefox = JSON.parse(readFileSync(join(firefoxBuild, 'manifest.json'), 'utf8'));
    manifest.browser_specific_settings = firefox.browser_specific_settings;
    delete manifest.incognito;
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest, null, 2));
    return await run(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
