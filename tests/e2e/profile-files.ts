/**
 * A browser profile's files on disk, read as anyone with the profile could read them:
 * Firefox's mozLz4 files decompressed, and Chromium's encrypted session files
 * (Sessions_Encrypted, beside Sessions) decrypted with the key Chromium uses on Linux when
 * there is no keyring, as here (Playwright starts it with --password-store=basic).
 */
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decompress } from 'lz4-wasm-nodejs';

/** Every file under a folder, as paths relative to it, with "/" between folders. */
export function filesOf(root: string): string[] {
  if (!existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

const MOZ_LZ4 = Buffer.from('mozLz40\0', 'latin1');
const SNSS = Buffer.from('SNSS', 'latin1');

/**
 * Chromium's encrypted session file: "SNSS", a version, then records, each a 32-bit size and
 * an OSCrypt blob: "v10", then AES-128-CBC under PBKDF2-SHA1("peanuts", "saltysalt", 1), with
 * an IV of 16 spaces. A desktop with a keyring ("v11") keeps its key there instead.
 */
export function decryptChromiumSessionFile(bytes: Buffer): Buffer {
  const key = pbkdf2Sync('peanuts', 'saltysalt', 1, 16, 'sha1');
  const plain: Buffer[] = [];
  for (let at = 8; at + 4 <= bytes.length; ) {
    const size = bytes.readUInt32LE(at);
    const record = bytes.subarray(at + 4, at + 4 + size);
    at += 4 + size;
    if (record.subarray(0, 3).toString('latin1') !== 'v10') continue;
    try {
      const decipher = createDecipheriv('aes-128-cbc', key, Buffer.alloc(16, 0x20));
      plain.push(decipher.update(record.subarray(3)), decipher.final());
    } catch {
      // A record cut short by a browser that was still writing.
    }
  }
  return Buffer.concat(plain);
}

/** A file's bytes, readable: decompressed or decrypted where the browser packed them. */
export function readableBytes(root: string, file: string): Buffer {
  const bytes = readFileSync(join(root, file));
  if (bytes.subarray(0, MOZ_LZ4.length).equals(MOZ_LZ4)) {
    try {
      return Buffer.from(decompress(bytes.subarray(MOZ_LZ4.length)));
    } catch {
      return bytes;
    }
  }
  if (file.includes('Sessions_Encrypted/') && bytes.subarray(0, 4).equals(SNSS)) return decryptChromiumSessionFile(bytes);
  return bytes;
}

/** Whether bytes hold a text in UTF-8 or UTF-16 (Chromium keeps a page's state in UTF-16), ignoring case. */
export function mentions(bytes: Buffer, text: string): boolean {
  const lower = text.toLowerCase();
  const haystack = bytes.toString('latin1').toLowerCase();
  return (['utf8', 'utf16le'] as const).some((encoding) =>
    haystack.includes(Buffer.from(lower, encoding).toString('latin1').toLowerCase()),
  );
}

/** The files of a profile that hold a text (case ignored), read as above. */
export function filesMentioning(root: string, text: string): string[] {
  return filesOf(root).filter((file) => mentions(readableBytes(root, file), text));
}
