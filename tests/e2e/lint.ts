/** Mozilla's addons-linter, as the suite runs it on a Firefox build folder or zip. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import linter from 'addons-linter';
import JSZip from 'jszip';

type Message = Awaited<ReturnType<ReturnType<typeof linter.createInstance>['run']>>['errors'][number];

/**
 * The one warning allowed, narrowly: Preact's renderer assigns innerHTML in the branch that
 * serves its `dangerouslySetInnerHTML` prop. Preact has no build without that branch, and
 * Signpost never uses the prop (addons-linter.e2e.ts checks the source), so the branch
 * never runs. Anything else, or this warning anywhere but that branch, fails.
 */
async function isPreactInnerHtmlBranch(target: string, message: Message): Promise<boolean> {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line) return false;
  const source = target.endsWith('.zip')
    ? await (await JSZip.loadAsync(readFileSync(target))).file(message.file)?.async('string')
    : readFileSync(join(target, message.file), 'utf8');
  const line = source?.split('\n')[message.line - 1] ?? '';
  const around = line.slice(Math.max(0, (message.column ?? 0) - 400), (message.column ?? 0) + 40);
  return around.includes('dangerouslySetInnerHTML') && around.includes('innerHTML=');
}

export async function lintFirefox(target: string): Promise<{ errors: string[]; warnings: string[] }> {
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
  const warnings: Message[] = [];
  for (const warning of result.warnings) {
    if (!(await isPreactInnerHtmlBranch(target, warning))) warnings.push(warning);
  }
  return { errors: result.errors.map(format), warnings: warnings.map(format) };
}
