/**
 * A WXT module (WXT loads every file in modules/): writes licences.txt into every build,
 * with Signpost's own licence and the licence of every package whose code the build
 * bundles. The list comes from the bundler's own record of the modules in each output
 * file, and each text from the installed package, so it cannot drift from what ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

export const LICENCES_FILE = 'licences.txt';

/**
 * Code the bundler writes into the output itself (a module-preload helper, a runtime, WXT's
 * plugin list) has no file in node_modules; it belongs to the tool that writes it.
 */
const GENERATED: [RegExp, string][] = [
  [/^\0vite\//, 'vite'],
  [/^\0rolldown\//, 'rolldown'],
  [/^\0virtual:wxt-/, 'wxt'],
  // The map of time zones to places (modules/zones.ts) is countries-and-timezones' data (MIT).
  [/^\0virtual:signpost-zones$/, 'countries-and-timezones'],
];

/** The folder of the package a bundled module comes from; undefined for Signpost's own code. */
export function packageOf(moduleId: string, projectRoot: string): string | undefined {
  for (const [pattern, name] of GENERATED) {
    if (pattern.test(moduleId)) return join(projectRoot, 'node_modules', name);
  }
  const path = moduleId.split('?')[0] ?? '';
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at === -1) return undefined;
  const [first = '', second = ''] = path.slice(at + marker.length).split(sep);
  return path.slice(0, at + marker.length) + (first.startsWith('@') ? `${first}${sep}${second}` : first);
}

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  repository?: string | { url?: string };
  homepage?: string;
}

/** A package's licence file, without any list of the licences of its own bundled code. */
function licenceText(root: string): string | undefined {
  const file = readdirSync(root).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
  if (!file) return undefined;
  return readFileSync(join(root, file), 'utf8')
    .split(/^# Licenses of bundled dependencies/m)[0]!
    .trim();
}

function whereFrom(pkg: PackageJson): string {
  const repository = (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url) ?? pkg.homepage ?? '';
  // npm's shorthand "owner/name" means a GitHub repository.
  if (/^[\w.-]+\/[\w.-]+$/.test(repository)) return `https://github.com/${repository}`;
  return repository.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** The whole notice: Signpost's licence, then each bundled package's, by name. */
export function licenceNotice(projectRoot: string, packageFolders: Iterable<string>): string {
  const packages = [...new Set(packageFolders)].map((root) => ({
    root,
    pkg: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson,
  }));
  packages.sort((a, b) => a.pkg.name.localeCompare(b.pkg.name, 'en'));
  const sections = packages.map(({ root, pkg }) => {
    if (!pkg.license) throw new Error(`${pkg.name} states no licence: Signpost cannot bundle it.`);
    const text = licenceText(root) ?? `The package ships no licence file. Its package.json gives the licence ${pkg.license}.`;
    return [`${pkg.name} ${pkg.version} (${pkg.license}), ${whereFrom(pkg)}`, '', text].join('\n');
  });
  const own = `Signpost\n\n${readFileSync(join(projectRoot, 'LICENSE'), 'utf8').trim()}`;
  const intro = 'Signpost bundles code and data from the packages below, under these licences.';
  return `${[own, intro, ...sections].join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

/**
 * Packages whose data the build writes into files of its own, not through the bundler: the
 * public holidays in the packs (modules/packs.ts, lib/holiday-table.ts) are date-holidays'
 * data (CC BY-SA 3.0).
 */
export const DATA_PACKAGES = ['date-holidays'];

export default defineWxtModule((wxt) => {
  const bundled = new Set<string>();
  const record: Plugin = {
    name: 'signpost:licences',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const folder = packageOf(id, wxt.config.root);
          if (folder) bundled.add(folder);
        }
      }
    },
  };
  wxt.hook('build:before', () => bundled.clear());
  addViteConfig(wxt, () => ({ plugins: [record] }));
  // WXT copies the public files after every entrypoint is bundled, so the list is whole.
  wxt.hook('build:publicAssets', (_wxt, files) => {
    const data = DATA_PACKAGES.map((name) => join(wxt.config.root, 'node_modules', name));
    files.push({ relativeDest: LICENCES_FILE, contents: licenceNotice(wxt.config.root, [...bundled, ...data]) });
  });
});
