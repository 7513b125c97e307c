/**
 * Signpost's real toolbar popup in Chromium, over the window of a tab, as a person opens it
 * with the toolbar button: the DevTools protocol runs the extension's action on that tab
 * (which needs --enable-unsafe-extension-debugging and a pipe connection, as Playwright's).
 * Playwright lists no popup among its pages, so the popup is driven over the browser's own
 * session: real mouse events, not script.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface ActionPopup {
  /** The browser context the popup runs in (a private window's is not the default one). */
  browserContextId: string;
  /** A real mouse click (move, press, release) on the first element a selector matches. */
  click(selector: string): Promise<void>;
  /** Runs an expression in the popup and answers its value (a promise's, once it settles). */
  evaluate(expression: string): Promise<unknown>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The browser's targets, tabs included (the default filter leaves them out). */
async function targets(cdp: CDPSession) {
  return (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;
}

/** The browser context a page of the context lives in. */
export async function browserContextOf(context: BrowserContext, page: Page): Promise<string> {
  const session = await context.newCDPSession(page);
  try {
    return (await session.send('Target.getTargetInfo')).targetInfo.browserContextId ?? '';
  } finally {
    await session.detach();
  }
}

export async function openActionPopup(context: BrowserContext, extensionId: string, over: Page): Promise<ActionPopup> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const session = await context.newCDPSession(over);
  const { targetInfo: page } = await session.send('Target.getTargetInfo');
  await session.detach();
  // A page's tab is the tab target in the same browser context whose page it is.
  const tab = (await targets(cdp)).find((target) => target.type === 'tab' && target.url === page.url && target.browserContextId === page.browserContextId);
  if (!tab) throw new Error(`No tab target for ${page.url}`);
  const before = new Set((await targets(cdp)).map((target) => target.targetId));
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  let popup: Awaited<ReturnType<typeof targets>>[number] | undefined;
  for (let tries = 0; tries < 100 && !popup; tries++) {
    popup = (await targets(cdp)).find((target) => !before.has(target.targetId) && target.url.endsWith('/popup.html'));
    if (!popup) await pause(100);
  }
  if (!popup) throw new Error('The popup did not open');

  // A session on the popup through the browser's, without Playwright (which does not know it).
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
  let sequence = 0;
  type Reply = { id?: number; result?: { result?: { value?: unknown } } };
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id === undefined) return;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const send = (method: string, params: object) =>
    new Promise<Reply>((resolve) => {
      const id = ++sequence;
      waiting.set(id, resolve);
      // The popup may close as a click lands (a link opens a tab): never wait for ever.
      setTimeout(() => {
        if (waiting.delete(id)) resolve({});
      }, 3000);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => resolve({}));
    });

  return {
    browserContextId: popup.browserContextId ?? '',
    async evaluate(expression) {
      return (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result?.result?.value;
    },
    async click(selector) {
      // The popup takes its content's size after it loads: wait until the element stops moving.
      const where = `(() => { const element = document.querySelector(${JSON.stringify(selector)}); if (!element) return ''; element.scrollIntoView({ block: 'center' }); return JSON.stringify(element.getBoundingClientRect()); })()`;
      let last = '';
      let box: { x: number; y: number; width: number; height: number } | undefined;
      for (let tries = 0; tries < 60 && !box; tries++) {
        const now = String((await send('Runtime.evaluate', { expression: where, returnByValue: true })).result?.result?.value ?? '');
        if (now && now === last) box = JSON.parse(now) as typeof box;
        last = now;
        if (!box) await pause(150);
      }
      if (!box) throw new Error(`${selector} is not in the popup`);
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
      await send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
      await send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
    },
  };
}
