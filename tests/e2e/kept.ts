/**
 * Everything a browser keeps of Signpost, found by comparing profiles on disk
 * (tests/e2e/kept.e2e.ts), and the one list of what PRIVACY.md names. A file that differs from
 * a blank run's and names or reveals Signpost (its id, "Signpost", a help site's host, a
 * pack's name) must be one of these, and each entry's words must be in PRIVACY.md (where the
 * guide's privacy section says the same, with the browser's own setting that clears it).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES } from '../../data/directory';
import { filesOf, readableBytes } from './profile-files';

export interface Trace {
  browser: 'chromium' | 'firefox';
  /** The files, relative to the profile. */
  files: RegExp;
  /** What they keep. */
  what: string;
  /** The words in PRIVACY.md that name it. */
  privacy: string;
  /**
   * Whether the test's run makes it every time. Otherwise, why not: a case the test does not
   * make (a help site that answers, Chrome's sync), or a file the browser writes on a timer.
   */
  seen: true | string;
}

/** Seen only when the help site answers: the test stops every request at its proxy. */
const SITE_ANSWERS = 'only when a help site answers; the test stops it at the proxy';
/** The words PRIVACY.md uses for the install, in both browsers. */
const INSTALLED = 'the browser lists Signpost, with its name and description, among your extensions';

export const TRACES: readonly Trace[] = [
  {
    browser: 'chromium',
    files: /^Default\/History(-journal)?$/,
    what: 'the guide, titled "Signpost", at its bare address',
    privacy: 'Chrome and Edge list it in their history',
    seen: true,
  },
  {
    browser: 'chromium',
    files: /^Default\/History(-journal)?$/,
    what: 'a help site opened from the guide, with the guide it was opened from (visited_links)',
    privacy: 'note which Signpost page a help website was opened from',
    seen: SITE_ANSWERS,
  },
  {
    browser: 'chromium',
    files: /^Default\/Sessions(_Encrypted)?\/(Session|Tabs)_\d+$/,
    what: 'the guide and the help site opened from it, open or recently closed',
    privacy: "the browser keeps the guide's address",
    seen: true,
  },
  {
    browser: 'chromium',
    files: /^Default\/Top Sites(-journal)?$/,
    what: 'a "Signpost" tile on the New Tab page',
    privacy: 'a "Signpost" tile may appear',
    seen: 'only for a guide opened from the address bar (tests/e2e/private.e2e.ts shows it)',
  },
  {
    browser: 'chromium',
    files: /^Default\/Code Cache\/js\//,
    what: 'each Signpost script that ran (popup.js, the guide’s chunks), by its address, with when',
    privacy: "a copy of each of Signpost's scripts that ran",
    seen: true,
  },
  {
    browser: 'chromium',
    files: /^Default\/(Preferences|Secure Preferences|Extensions\/.*|Extension State\/.*)$/,
    what: 'the install: the extension’s id, its path or package, its settings',
    privacy: INSTALLED,
    seen: true,
  },
  {
    browser: 'chromium',
    files: /^Default\/Sync Data\//,
    what: 'open tabs, the guide among them, sent to the person’s other devices',
    privacy: 'with sync on, Chrome shows your open tabs',
    seen: 'only with Chrome sync on; the suite runs Chromium with sync off',
  },
  {
    browser: 'firefox',
    files: /^(sessionstore\.jsonlz4|sessionstore-backups\/.*)$/,
    what: 'the guide and the help site opened from it, open or recently closed',
    privacy: "the browser keeps the guide's address",
    seen: true,
  },
  {
    browser: 'firefox',
    files: /^permissions\.sqlite(-journal|-wal)?$/,
    what: 'a dated "storageAccessAPI" row for Signpost’s address: the first click or key press in its page, kept 45 days',
    privacy: 'Firefox notes, for 45 days, when you first clicked or typed in any page',
    seen: true,
  },
  {
    browser: 'firefox',
    files: /^(extensions\.json|addonStartup\.json\.lz4|extensions\/.*\.xpi|extension-preferences\.json|prefs\.js|startupCache\/webext\.sc\.lz4)$/,
    what: 'the install: the add-on’s id, its UUID, name and description, its package, its toolbar button',
    privacy: INSTALLED,
    seen: true,
  },
  {
    browser: 'firefox',
    files: /^datareporting\//,
    what: 'its telemetry’s record of installed add-ons (name and description), kept locally even when not sent',
    privacy: 'Firefox includes them in its technical data (telemetry) reports',
    seen: 'when Firefox writes its telemetry reports, on its own schedule',
  },
  {
    browser: 'firefox',
    files: /^(places\.sqlite(-wal)?|favicons\.sqlite(-wal)?|bounce-tracking-protection\.sqlite(-wal)?|cache2\/.*)$/,
    what: 'a help site opened from the guide, like any website (not tied to Signpost)',
    privacy: 'a help website you open, like any website',
    seen: SITE_ANSWERS,
  },
];

/**
 * Files the test itself writes, not the browser: puppeteer's user.js holds the test's
 * preferences, the add-on's fixed UUID among them.
 */
export const HARNESS: readonly RegExp[] = [/^user\.js$/];

/** What names or reveals Signpost, by kind. */
export function needles(id: readonly string[]): Record<string, readonly string[]> {
  const hosts = new Set(
    SERVICES.flatMap((service) => [...(service.url ? [service.url] : []), ...Object.values(service.pages ?? {})]).map(
      (url) => new URL(url).hostname,
    ),
  );
  return {
    id,
    name: ['signpost'],
    // A pack's file (packs/<lang>.css, packs/guide/<region>.<lang>.css): which region and language.
    pack: ['packs/'],
    site: [...hosts],
  };
}

/** Each file's fingerprint, by its path in the profile. */
export function fingerprints(root: string): Map<string, string> {
  return new Map(filesOf(root).map((file) => [file, createHash('sha256').update(readFileSync(join(root, file))).digest('hex')]));
}

/** Files new in a profile, or changed, against another. */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file);
}

/**
 * What of the needles a file holds (in its path, or its bytes as UTF-8 or UTF-16, case
 * ignored, decompressed and decrypted where the browser packed it), as "kind: needle". The
 * masked texts (the test's own folder names, which hold "signpost") are taken out first.
 */
export function found(root: string, file: string, all: Record<string, readonly string[]>, masked: readonly string[]): string[] {
  let text = readableBytes(root, file).toString('latin1').toLowerCase();
  let path = file.toLowerCase();
  for (const mask of masked) {
    for (const encoding of ['utf8', 'utf16le'] as const) {
      const form = Buffer.from(mask.toLowerCase(), encoding).toString('latin1');
      text = text.split(form).join('#');
    }
    path = path.split(mask.toLowerCase()).join('#');
  }
  const hits: string[] = [];
  for (const [kind, list] of Object.entries(all)) {
    for (const needle of list) {
      const lower = needle.toLowerCase();
      const inText = (['utf8', 'utf16le'] as const).some((encoding) => text.includes(Buffer.from(lower, encoding).toString('latin1')));
      if (inText || path.includes(lower)) hits.push(`${kind}: ${needle}`);
    }
  }
  return hits;
}

/** The entry that names a file, if one does. */
export function traceOf(browser: Trace['browser'], file: string): Trace | undefined {
  return TRACES.find((trace) => trace.browser === browser && trace.files.test(file));
}

/** Whether the test, not the browser, wrote a file. */
export const byHarness = (file: string) => HARNESS.some((pattern) => pattern.test(file));
