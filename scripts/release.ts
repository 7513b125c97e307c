/**
 * npm run release: the store packages, from a fresh production build.
 *   release/signpost-<version>-chrome.zip   Chrome Web Store and Microsoft Edge Add-ons
 *   release/signpost-<version>-firefox.zip  addons.mozilla.org (the Firefox MV3 build)
 *   release/signpost-<version>-sources.zip  the sources addons.mozilla.org asks for
 *   release/SHA256SUMS
 * Timestamps come from SOURCE_DATE_EPOCH, else the last commit's date, so two builds of
 * one commit give byte-identical files (scripts/check-reproducible.ts proves it). It runs
 * in an unpacked sources zip too, where there is no git: see sourceFiles.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coversAYearFrom } from '../lib/holiday-table';
import { ignoredBy } from './ignore';
import { deterministicZip, filesUnder } from './zip';

const root = process.cwd();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const inGit = existsSync(join(root, '.git'));

/** 1 January 1980, the earliest time a zip can hold: for a tree with no history to date it. */
const ZIP_EPOCH = 315_532_800;

function sourceDateEpoch(): number {
  const fromEnv = process.env.SOURCE_DATE_EPOCH;
  if (fromEnv && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  if (inGit) return Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim());
  console.warn('No SOURCE_DATE_EPOCH and no git history: the zips are dated 1980-01-01.');
  return ZIP_EPOCH;
}

/**
 * What a reviewer rebuilds from: the files git tracks, as they are in the working tree; or,
 * in an unpacked sources zip, every file that .gitignore does not exclude (the same list).
 */
function sourceFiles(): string[] {
  if (inGit) {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file !== '');
  }
  const ignored = ignoredBy(readFileSync(join(root, '.gitignore'), 'utf8'));
  return filesUnder(root, (path) => path === '.git' || ignored(path));
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

// The public holidays every pack carries with a line's hours (the same inputs give the same
// days): a release must vouch for them for at least a year after it reaches people.
const build = join(root, '.output/chrome-mv3');
for (const pack of filesUnder(join(build, 'packs'))) {
  for (const [, until] of readFileSync(join(build, 'packs', pack), 'utf8').matchAll(/"until":"(\d{4}-\d{2}-\d{2})"/g)) {
    if (!coversAYearFrom({ until: until! }, new Date())) {
      throw new Error(`packs/${pack} vouches for public holidays only until ${until}, within a year: re-check the directory's facts first.`);
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
  [`signpost-${version}-sources.zip`, await deterministicZip(root, sourceFiles(), epoch)],
];

const sums = packages.map(([name, bytes]) => {
  writeFileSync(join(out, name), bytes);
  return `${createHash('sha256').update(bytes).digest('hex')}  ${name}`;
});
writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(`Signpost ${version}, timestamps from ${new Date(epoch * 1000).toISOString()} (SOURCE_DATE_EPOCH=${epoch}):`);
console.log(sums.join('\n'));
