/**
 * Debian's Chromium with the built extension loaded unpacked, in a fresh profile.
 * Playwright would add --disable-extensions; we drop that default and load ours.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's id for an unpacked extension: sha256 of its path, first 32 hex digits as a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

// Without these, Chromium reaches for Google's services at start and on a timer; the
// "no request" test still compares against a run without the extension.
const QUIET = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  '--metrics-recording-only',
  '--no-pings',
  '--disable-gpu',
  '--disable-quic',
];

export interface Launched {
  context: BrowserContext;
  profile: string;
  extensionId?: string;
  close(): Promise<void>;
}

export async function launchChromium(options: {
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  keepProfile?: boolean;
  /** Every request the browser makes goes here (see proxy.ts), loopback included. */
  proxy?: string;
  /** The browser's language (navigator.languages); en-GB unless said. */
  locale?: string;
  /** Chromium writes its network log here (host lookups among it), read after close. */
  netLog?: string;
  /** The device's time zone; Europe/London unless said. */
  timezoneId?: string;
  /** A phone: 360 x 740, touch, three device pixels to a CSS pixel. */
  phone?: boolean;
  /**
   * Start in a private (Incognito) window, its tab the context's first page, with the
   * extension allowed there as a person allows it ("Allow in Incognito"): it is loaded over
   * the DevTools protocol with that setting on, rather than from the command line.
   */
  privateWindow?: boolean;
} = {}): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'signpost-chromium-'));
  const args = ['--headless=new', ...QUIET, '--no-sandbox'];
  if (options.proxy) args.push(`--proxy-server=${options.proxy}`, '--proxy-bypass-list=<-loopback>');
  if (options.netLog) args.push(`--log-net-log=${options.netLog}`);
  if (options.privateWindow) args.push('--incognito', '--enable-unsafe-extension-debugging');
  if (options.extensionDir && !options.privateWindow) {
    const dir = resolve(options.extensionDir);
    args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--headless'],
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.phone ? { width: 360, height: 740 } : { width: 1280, height: 800 },
    ...(options.phone ? { deviceScaleFactor: 3, isMobile: true, hasTouch: true } : {}),
    locale: options.locale ?? 'en-GB',
    timezoneId: options.timezoneId ?? 'Europe/London',
  });
  if (options.extensionDir && options.privateWindow) {
    const cdp = await context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: resolve(options.extensionDir), enableInIncognito: true });
    await cdp.detach();
  }
  return {
    context,
    profile,
    ...(options.extensionDir ? { extensionId: unpackedExtensionId(options.extensionDir) } : {}),
    async close() {
      await context.close();
      if (!options.keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
