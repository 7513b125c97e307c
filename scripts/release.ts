/**
 * npm run release: the store packages, from a fresh production build.
 *   release/signpost-<version>-chrome.zip   Chrome Web Store and Microsoft Edge Add-ons
 *   release/signpost-<version>-firefox.zip  addons.mozilla.org (the Firefox MV3 build)
 *   release/signpost-<version>-sources.zip  the sources addons.mozilla.org asks for
 *   release/SHA256SUMS
 * Timestamps come from SOURCE_DATE_EPOCH, else the last commit's date, so two builds of
 * one commit give byte-identical files (scripts/check-reproducible.ts proves it).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deterministicZip, filesUnder } from './zip';

const root = process.cwd();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function sourceDateEpoch(): number {
  const fromEnv = process.env.SOURCE_DATE_EPOCH;
  if (fromEnv && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim());
}

/** The files git tracks, as they are in the working tree: what a reviewer rebuilds from. */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '');
}

// A build that embeds the folder it was made in (a development build does) cannot be
// reproduced elsewhere, and would tell the world a maintainer's paths: refuse it.
for (const build of ['chrome-mv3', 'firefox-mv3']) {
  for (const file of filesUnder(join(root, '.output', build))) {
    if (readFileSync(join(root, '.output', build, file)).includes(root)) {
      throw new Error(`.output/${build}/${file} contains the path ${root}: not a clean production build`);
    }
  }
}

const epoch = sourceDateEpoch();
const out = join(root, 'release');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);

const packages: [string, Buffer][] = [
  [`signpost-${version}-chrome.zip`, await deterministicZip(join(root, '.output/chrome-mv3'), filesUnder(join(root, '.output/chrome-mv3')), epoch)],
  [`signpost-${version}-firefox.zip`, await deterministicZip(join(root, '.output/firefox-mv3'), filesUnder(join(root, '.output/firefox-mv3')), epoch)],
  [`signpost-${version}-sources.zip`, await deterministicZip(root, trackedFiles(), epoch)],
];

const sums = packages.map(([name, bytes]) => {
  writeFileSync(join(out, name), bytes);
  return `${createHash('sha256').update(bytes).digest('hex')}  ${name}`;
});
writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(`Signpost ${version}, timestamps from ${new Date(epoch * 1000).toISOString()}:`);
console.log(sums.join('\n'));
