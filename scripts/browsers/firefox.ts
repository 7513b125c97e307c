/**
 * Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, with a Signpost
 * build installed as a temporary add-on under a pinned UUID (so its moz-extension://
 * address is known in advance) and every request sent to the recording proxy.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CreatePageOptions, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { deterministicZip, filesUnder } from '../zip';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_UUID = '6f1c5d0e-4b7a-4c59-9e23-5a8f0c2d7b41';

export interface LaunchedFirefox {
  browser: Browser;
  profile: string;
  base: string;
  /** console.error calls and uncaught errors of the pages, read from Firefox's output. */
  pageErrors(): string[];
  close(): Promise<void>;
}

/** Every request to the recording proxy on this port (see proxy.ts), loopback included. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/** Firefox's resolver logs every host it is asked for, with a time, as it happens. */
export function hostLogEnv(folder: string): Record<string, string> {
  return { MOZ_LOG: 'timestamp,sync,nsHostResolver:5', MOZ_LOG_FILE: join(folder, 'firefox') };
}

/**
 * Firefox's own loggers, which print to the same stdout as the pages: its Remote Settings
 * loader logs "console.error: RSLoader: " when, with an add-on installed, it cannot load its
 * settings through the recording proxy (a run without an add-on logs nothing). Signpost's
 * pages log nothing with such a prefix: a page's message prints as `console.error: "…"`.
 */
export const FIREFOX_OWN = /^console\.error: RSLoader: /;

export async function launchFirefox(options: {
  /** A build to install; none for a baseline run of Firefox alone. */
  extensionDir?: string;
  /** Without a proxy Firefox goes to the network itself, as a person's Firefox does. */
  proxyPort?: number;
  /** A folder for Firefox's host-resolver log (see hostLogEnv). */
  hostLog?: string;
  /** Leave the profile on disk after close, for a test to read what Firefox kept. */
  keepProfile?: boolean;
  /** The languages the browser asks for (navigator.languages), as Firefox's pref writes them. */
  languages?: string;
  /** The device's time zone; Europe/London unless said (as launchChromium's). */
  timeZone?: string;
  /** More of Firefox's preferences, set last. */
  prefs?: Record<string, string | number | boolean>;
  /** The add-on allowed in private windows, as a person allows it ("Run in Private Windows"). */
  allowPrivate?: boolean;
  /**
   * Installed for good, as from the add-ons site, rather than as a temporary add-on (which
   * Firefox keeps in none of its files): the build, zipped, in the profile's extensions
   * folder before Firefox starts. ESR lets an unsigned add-on in when told to.
   */
  permanent?: boolean;
}): Promise<LaunchedFirefox> {
  const profile = mkdtempSync(join(tmpdir(), 'signpost-firefox-'));
  if (options.extensionDir && options.permanent) {
    const dir = resolve(options.extensionDir);
    mkdirSync(join(profile, 'extensions'));
    writeFileSync(join(profile, 'extensions', `${GECKO_ID}.xpi`), await deterministicZip(dir, filesUnder(dir), 0));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Navigating to moz-extension:// pages over BiDi needs system access.
    args: ['--remote-allow-system-access'],
    env: {
      ...process.env,
      ...(options.hostLog ? hostLogEnv(options.hostLog) : {}),
      TZ: options.timeZone ?? 'Europe/London',
    },
    extraPrefsFirefox: {
      // Only with the add-on: a run without it names nothing of it.
      ...(options.extensionDir ? { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }) } : {}),
      ...(options.languages ? { 'intl.accept_languages': options.languages } : {}),
      ...(options.proxyPort === undefined ? {} : proxyPrefs(options.proxyPort)),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      // Pages' console messages and errors also go to Firefox's stdout, where the suite reads
      // them: puppeteer's console events do not fire for moz-extension:// pages.
      'devtools.console.stdout.content': true,
      ...(options.permanent ? { 'xpinstall.signatures.required': false } : {}),
      ...options.prefs,
    },
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...String(chunk).split('\n'));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  // A permanent add-on is installed at start, from the profile.
  if (options.extensionDir && !options.permanent) {
    if (options.allowPrivate) {
      // Puppeteer's installExtension sends no flag; Firefox's own one grants the permission.
      await (browser as unknown as { connection: BidiConnection }).connection.send('webExtension.install', {
        extensionData: { type: 'path', path: resolve(options.extensionDir) },
        'moz:allowPrivateBrowsing': true,
      });
    } else await browser.installExtension(resolve(options.extensionDir));
  }
  const base = `moz-extension://${ADDON_UUID}`;
  return {
    browser,
    profile,
    base,
    pageErrors: () =>
      output.filter(
        (line) => (line.startsWith('console.error:') && !FIREFOX_OWN.test(line)) || line.startsWith(`JavaScript error: ${base}`),
      ),
    async close() {
      await browser.close();
      if (!options.keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * goto() on a moz-extension:// page may never resolve over BiDi, and page.url() keeps
 * saying about:blank: wait for the content, and ask the page where it is. A wait that
 * starts in the tab's first about:blank fails when the page replaces it, so it is tried
 * again until the deadline.
 */
export async function openExtensionPage(
  firefox: LaunchedFirefox,
  path: string,
  options?: CreatePageOptions,
): Promise<Page> {
  const page = await firefox.browser.newPage(options);
  void page.goto(`${firefox.base}/${path}`).catch(() => undefined);
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await page.waitForSelector('h1', { timeout: 5_000 });
      if ((await page.evaluate(() => location.href)).startsWith(firefox.base)) return page;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`${path} did not open in Firefox within 30 seconds`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The addresses of every open tab, from Firefox's own BiDi tree: puppeteer does not list a
 * tab that an extension page opens, but Firefox does.
 */
export async function openTabUrls(firefox: LaunchedFirefox): Promise<string[]> {
  const connection = (firefox.browser as unknown as { connection: BidiConnection }).connection;
  const { result } = await connection.send('browsingContext.getTree', {});
  return result.contexts.map((context) => context.url);
}

interface BidiConnection {
  send(method: 'browsingContext.getTree', params: object): Promise<{ result: { contexts: { url: string }[] } }>;
  send(method: 'webExtension.install', params: object): Promise<unknown>;
}
