/**
 * What WebDriver BiDi has no command for, done in Firefox's own (chrome) scope, which
 * --remote-allow-system-access opens to the test: a private window beside the normal one,
 * whether a tab is private, closing the private windows, and quitting as a person quits
 * (File, Quit: the session store writes the open windows and tabs). Pages are driven with
 * BiDi itself: puppeteer does not list a tab an extension page opens, nor a private window's.
 */
import type { LaunchedFirefox } from '../../scripts/browsers/firefox';

interface Bidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bidi = (firefox: LaunchedFirefox) => (firefox.browser as unknown as { connection: Bidi }).connection;

/** Every top-level browsing context (tab): its id and address. */
export async function tabs(firefox: LaunchedFirefox): Promise<{ context: string; url: string }[]> {
  const { result } = await bidi(firefox).send('browsingContext.getTree', { maxDepth: 0 });
  return result.contexts as { context: string; url: string }[];
}

/** Closes a tab. */
export async function closeTab(firefox: LaunchedFirefox, context: string): Promise<void> {
  await bidi(firefox).send('browsingContext.close', { context });
}

/** Runs an expression in a browsing context (a tab, or the browser window's chrome) and answers its value. */
export async function evaluate(firefox: LaunchedFirefox, context: string, expression: string): Promise<unknown> {
  const { result } = await bidi(firefox).send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  const value = result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (value.type === 'exception') throw new Error(value.exceptionDetails?.text ?? 'exception');
  return value.result?.value;
}

/** Runs an expression in the first browser window's chrome scope. */
async function inChrome(firefox: LaunchedFirefox, expression: string): Promise<unknown> {
  const { result } = await bidi(firefox).send('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' });
  const [window] = result.contexts as { context: string }[];
  return evaluate(firefox, window!.context, expression);
}

/** Waits until a check holds, or fails after a while saying what did not happen. */
export async function until<T>(what: string, check: () => Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms / 1000} s`);
    await pause(100);
  }
}

/** Opens a private window and answers its tab, once the tab's own first page has loaded. */
export async function openPrivateWindow(firefox: LaunchedFirefox): Promise<string> {
  const before = new Set((await tabs(firefox)).map((tab) => tab.context));
  await inChrome(firefox, 'OpenBrowserWindow({ private: true }), true');
  const tab = await until('A private window', async () => (await tabs(firefox)).find((one) => !before.has(one.context)));
  // Navigating before its about:privatebrowsing has loaded aborts the navigation.
  await until('The private window’s first page', async () =>
    (await evaluate(firefox, tab.context, `location.href !== 'about:blank' && document.readyState === 'complete'`)) === true,
  );
  return tab.context;
}

/** Loads an address in a tab and waits for its first heading. */
export async function load(firefox: LaunchedFirefox, context: string, url: string): Promise<void> {
  await bidi(firefox).send('browsingContext.navigate', { context, url, wait: 'none' });
  await until(`${url} in its tab`, async () => (await evaluate(firefox, context, `!!document.querySelector('h1')`)) === true);
}

/** A press taken back: the mouse goes down on the first element a selector matches, moves to the page's edge, and is let go there. */
export async function pressAndLetGoElsewhere(firefox: LaunchedFirefox, context: string, selector: string): Promise<void> {
  await click(firefox, context, selector, true);
}

/** A real mouse click (move, press, release) on the first element a selector matches. */
export async function click(firefox: LaunchedFirefox, context: string, selector: string, away = false): Promise<void> {
  const box = JSON.parse(
    String(
      await evaluate(
        firefox,
        context,
        `(() => { const element = document.querySelector(${JSON.stringify(selector)}); element.scrollIntoView({ block: 'center' }); return JSON.stringify(element.getBoundingClientRect()); })()`,
      ),
    ),
  ) as { x: number; y: number; width: number; height: number };
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + box.height / 2);
  await bidi(firefox).send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x, y },
          { type: 'pointerDown', button: 0 },
          ...(away ? [{ type: 'pointerMove', x: 2, y, duration: 200 }] : []),
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

/** Every open tab's address, and whether its window is private, as Firefox itself says. */
export async function tabPrivacy(firefox: LaunchedFirefox): Promise<{ url: string; private: boolean }[]> {
  return JSON.parse(
    String(
      await inChrome(
        firefox,
        `(() => {
          const { PrivateBrowsingUtils } = ChromeUtils.importESModule('resource://gre/modules/PrivateBrowsingUtils.sys.mjs');
          const found = [];
          for (const window of Services.wm.getEnumerator('navigator:browser')) {
            for (const tab of window.gBrowser?.tabs ?? []) {
              found.push({ url: tab.linkedBrowser.currentURI.spec, private: PrivateBrowsingUtils.isWindowPrivate(window) });
            }
          }
          return JSON.stringify(found);
        })()`,
      ),
    ),
  ) as { url: string; private: boolean }[];
}

/** Closes every private window, as a person closes one: with all its tabs. */
export async function closePrivateWindows(firefox: LaunchedFirefox): Promise<void> {
  await inChrome(
    firefox,
    `(() => {
      const { PrivateBrowsingUtils } = ChromeUtils.importESModule('resource://gre/modules/PrivateBrowsingUtils.sys.mjs');
      for (const window of Services.wm.getEnumerator('navigator:browser')) if (PrivateBrowsingUtils.isWindowPrivate(window)) window.close();
      return true;
    })()`,
  );
  await until('The private windows closing', async () => !(await tabPrivacy(firefox)).some((tab) => tab.private));
}

/**
 * Quits as a person does, from the browser window's own script, and waits for Firefox to
 * exit. (BiDi's browser.close closes the tabs one by one first, and leaves an empty session.)
 * The profile stays on disk for the test to read.
 */
export async function quit(firefox: LaunchedFirefox): Promise<void> {
  const process = firefox.browser.process();
  const exited = new Promise<void>((resolve) => (process?.exitCode !== null ? resolve() : process.once('exit', () => resolve())));
  await inChrome(firefox, 'setTimeout(() => Services.startup.quit(Ci.nsIAppStartup.eAttemptQuit), 50), true').catch(() => undefined);
  const late = setTimeout(() => void firefox.browser.close().catch(() => process?.kill()), 20_000);
  await exited;
  clearTimeout(late);
}
