/**
 * Deterministic zips: files in sorted order, every entry with the same timestamp and mode,
 * so the same inputs give the same bytes in any folder, on any day.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';

/** Every file under dir, as sorted "a/b.txt" paths; a skipped path is not entered. */
export function filesUnder(dir: string, skip: (path: string) => boolean = () => false): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const path = join(current, entry);
      const name = relative(dir, path).split(sep).join('/');
      if (skip(name)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else found.push(name);
    }
  };
  walk(dir);
  return found.sort();
}

export async function deterministicZip(root: string, files: string[], epochSeconds: number): Promise<Buffer> {
  const zip = new JSZip();
  // Zip timestamps are local wall-clock; JSZip writes the Date's local fields, so shift by
  // the offset to write the same fields whatever the machine's zone.
  const date = new Date(epochSeconds * 1000);
  const fixed = new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
  for (const file of [...files].sort()) {
    zip.file(file, readFileSync(join(root, file)), { date: fixed, unixPermissions: 0o644, createFolders: false });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
}
