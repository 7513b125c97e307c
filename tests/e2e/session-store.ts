/**
 * What a browser keeps to reopen a closed tab or restore a session, read from its files on
 * disk: Chromium's Sessions folder (binary command logs, page state in UTF-16) and
 * Firefox's session store (JSON, compressed as mozLz4).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decompress } from 'lz4-wasm-nodejs';

/** Every file of a Chromium profile's Sessions folder (Session_*: the session; Tabs_*: recently closed). */
export function chromiumSessionFiles(profile: string): Map<string, Buffer> {
  const dir = join(profile, 'Default', 'Sessions');
  const files = new Map<string, Buffer>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) files.set(name, readFileSync(join(dir, name)));
  return files;
}

/** Whether bytes hold a text, in UTF-8 or in UTF-16 (Chromium keeps a page's state in UTF-16). */
export function holds(bytes: Buffer, text: string): boolean {
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
}

/** How many times bytes hold a text in UTF-8. */
export function occurrences(bytes: Buffer, text: string): number {
  let count = 0;
  for (let at = bytes.indexOf(text); at !== -1; at = bytes.indexOf(text, at + 1)) count++;
  return count;
}

/**
 * Where bytes name an address under prefix that is none of the allowed ones, with what
 * follows it: the address a page had is kept, and must show no choice made in it.
 */
export function otherAddresses(bytes: Buffer, prefix: string, allowed: readonly string[]): string[] {
  const found: string[] = [];
  for (const encoding of ['utf8', 'utf16le'] as const) {
    const needle = Buffer.from(prefix, encoding);
    const known = allowed.map((address) => Buffer.from(address, encoding));
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
      if (known.some((address) => bytes.subarray(at, at + address.length).equals(address))) continue;
      const text = bytes.subarray(at, at + 200 * (encoding === 'utf8' ? 1 : 2)).toString(encoding);
      found.push(text.replace(/[^\x21-\x7e].*$/s, ''));
    }
  }
  return found;
}

const MOZ_LZ4_MAGIC = Buffer.from('mozLz40\0', 'latin1');

/**
 * A Firefox .jsonlz4 file: the magic "mozLz40\0", then the decompressed size (4 bytes,
 * little-endian) and one LZ4 block, which is the layout lz4-wasm-nodejs decompresses.
 */
export function readMozLz4(file: string): unknown {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, MOZ_LZ4_MAGIC.length).equals(MOZ_LZ4_MAGIC)) throw new Error(`${file} is not mozLz4`);
  return JSON.parse(Buffer.from(decompress(bytes.subarray(MOZ_LZ4_MAGIC.length))).toString('utf8'));
}

/** The session while Firefox runs (recovery, and the copy before it) and as it quit. */
const FIREFOX_SESSION_FILES = [
  'sessionstore-backups/recovery.jsonlz4',
  'sessionstore-backups/recovery.baklz4',
  'sessionstore.jsonlz4',
];

/** Each of Firefox's session files that exists now, decoded, by name. */
export function firefoxSessionFiles(profile: string): Map<string, unknown> {
  const files = new Map<string, unknown>();
  for (const name of FIREFOX_SESSION_FILES) {
    const file = join(profile, name);
    if (existsSync(file)) files.set(name, readMozLz4(file));
  }
  return files;
}

export interface TabState {
  entries: { url?: string; title?: string }[];
  formdata?: unknown;
  scroll?: unknown;
}

/**
 * Every tab's state in a Firefox session, with where it lies (windows.0._closedTabs.1.state):
 * open tabs, closed tabs and the tabs of closed windows alike.
 */
export function tabStates(session: unknown, path = ''): { path: string; tab: TabState }[] {
  if (typeof session !== 'object' || session === null) return [];
  const found: { path: string; tab: TabState }[] = [];
  if (Array.isArray((session as { entries?: unknown }).entries)) found.push({ path, tab: session as TabState });
  for (const [key, value] of Object.entries(session)) {
    if (key !== 'entries') found.push(...tabStates(value, path ? `${path}.${key}` : key));
  }
  return found;
}
