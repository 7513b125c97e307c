/**
 * What a browser profile on disk holds for an extension's origin. Only the folders where
 * web storage and extension storage live are read; the browser's own records (history,
 * preferences, code cache) are its business and the guide tells people about history.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STORAGE_FOLDERS = [
  'Local Storage',
  'Session Storage',
  'IndexedDB',
  'Local Extension Settings',
  'Sync Extension Settings',
  'Managed Extension Settings',
  'Extension State',
  'Storage',
  'File System',
  'Service Worker',
  'databases',
  'shared_proto_db',
];

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = statSync(path);
    if (stat.isDirectory()) yield* files(path);
    else if (stat.isFile()) yield path;
  }
}

/** Paths under the profile's storage folders that name the extension or hold its origin. */
export function storageTraces(profile: string, extensionId: string): string[] {
  const traces: string[] = [];
  const root = join(profile, 'Default');
  for (const folder of STORAGE_FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const path of files(dir)) {
      if (path.includes(extensionId)) traces.push(path);
      else if (readFileSync(path).includes(extensionId)) traces.push(`${path} (mentions the extension's origin)`);
    }
  }
  return traces;
}
