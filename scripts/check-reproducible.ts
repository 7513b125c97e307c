/**
 * Builds the release twice, in two fresh folders holding only the files git tracks (and no
 * .git, as in an unpacked sources zip), and compares the SHA256SUMS. Exit code 1 when any
 * byte differs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = process.cwd();
const epoch =
  process.env.SOURCE_DATE_EPOCH ?? execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);

function buildIn(folder: string): string {
  for (const file of tracked) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    cpSync(join(root, file), join(folder, file));
  }
  // The same installed dependencies; each folder builds its own output.
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
  // vite-node sets NODE_ENV=development for itself; the builds must not inherit it.
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  const env = { ...inherited, SOURCE_DATE_EPOCH: epoch };
  execFileSync('npm', ['run', '--silent', 'release'], { cwd: folder, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return readFileSync(join(folder, 'release/SHA256SUMS'), 'utf8');
}

const folders = [mkdtempSync(join(tmpdir(), 'signpost-a-')), mkdtempSync(join(tmpdir(), 'signpost-b-'))];
try {
  const [first, second] = folders.map(buildIn);
  console.log(`First build (${folders[0]}):\n${first}Second build (${folders[1]}):\n${second}`);
  if (first !== second) {
    console.error('NOT reproducible: the two builds differ.');
    process.exitCode = 1;
  } else {
    console.log('Reproducible: both builds are byte-identical.');
  }
} finally {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}
