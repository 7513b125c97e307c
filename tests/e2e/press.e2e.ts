/**
 * A press is not a click (components/shared/use-held-address.ts): a link to another website
 * holds its address back while a pointer is over it, so that a press taken back names no
 * site (tests/e2e/traces.e2e.ts reads the browsers' resolver logs for that). Here, in both
 * browsers, with every request stopped at the recording proxy: the link is still announced
 * as a link while the pointer rests on it; a click, Enter and a middle click each open the
 * help site in a new tab; the context menu finds the link's address, which "Open link in
 * new tab" and "Copy link address" use; and a press let go of elsewhere opens nothing.
 * (The browsers' own menu cannot be driven headless: what it is given is read instead.)
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { launchFirefox, type LaunchedFirefox, openExtensionPage } from '../../scripts/browsers/firefox';
import { choose, chooseIn } from './choose';
import { closeTab, tabs } from './firefox-windows';
import { type RecordingProxy, startRecordingProxy } from './proxy';

const SITE = 'https://www.stopitnow.org.uk/helpline/';
const LINK = `a[href="${SITE}"]`;
const NAME = 'Live chat or secure message (opens in a new tab)';
const SITE_ASKED = 'www.stopitnow.org.uk:443';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The help sites a browser asked the proxy for since a point: a page may be asked for twice. */
const sitesAsked = (proxy: RecordingProxy, since: number) =>
  [...new Set(proxy.requests.slice(since).map((request) => request.host))].filter((host) => host.includes('stopitnow'));

/** Runs in the page: what the page's last listener sees of the link when the context menu is asked for. */
function watchContextMenu() {
  const seen: (string | null)[] = [];
  (window as unknown as { contextMenuSaw: (string | null)[] }).contextMenuSaw = seen;
  document.addEventListener('contextmenu', (event) => seen.push((event.target as Element).closest('a')?.getAttribute('href') ?? null));
}

describe('Chromium', () => {
  let proxy: RecordingProxy;
  let browser: Launched;
  let guide: PlaywrightPage;
  let base: string;

  /** What the action opens: how many new tabs, and which sites the browser then asks the proxy for. */
  async function opens(action: () => Promise<void>): Promise<{ tabs: number; to: string[] }> {
    const asked = proxy.requests.length;
    let tabs = 0;
    const count = () => tabs++;
    browser.context.on('page', count);
    await action();
    await pause(1500);
    browser.context.off('page', count);
    for (const page of browser.context.pages()) if (page !== guide && !page.url().startsWith(base)) await page.close();
    return { tabs, to: sitesAsked(proxy, asked) };
  }

  beforeAll(async () => {
    proxy = await startRecordingProxy();
    browser = await launchChromium({ extensionDir: '.output/chrome-mv3', proxy: proxy.url });
    base = `chrome-extension://${browser.extensionId}`;
    guide = await browser.context.newPage();
    await guide.goto(`${base}/guide.html`);
    await choose(guide, { region: 'uk', lang: 'en' });
    await guide.evaluate(watchContextMenu);
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
  });

  it('is announced as a link with its name while the pointer rests on it, and with its address when it does not', async () => {
    const link = guide.locator(LINK).first();
    const links = await guide.locator(LINK).count();
    const cdp = await browser.context.newCDPSession(guide);
    const announced = async (selector: string) => {
      const { root } = await cdp.send('DOM.getDocument', {});
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const node = nodes[0]!;
      return { role: node.role?.value, name: node.name?.value, url: node.properties?.find((property) => property.name === 'url')?.value.value };
    };
    expect(await announced(LINK)).toEqual({ role: 'link', name: NAME, url: SITE });
    await link.hover();
    expect(await guide.locator(LINK).count()).toBe(links - 1);
    expect(await announced('a[role="link"]')).toEqual({ role: 'link', name: NAME, url: undefined });
    await cdp.detach();
    await guide.mouse.move(0, 0);
    expect(await guide.locator(LINK).count()).toBe(links);
  });

  it('opens the site on a click, on Enter, and on a middle click', async () => {
    const link = await guide.locator(LINK).first().elementHandle();
    expect(await opens(() => link!.click())).toEqual({ tabs: 1, to: [SITE_ASKED] });
    // The pointer still rests on the link: Enter, then the middle button.
    await link!.focus();
    expect(await opens(() => guide.keyboard.press('Enter'))).toEqual({ tabs: 1, to: [SITE_ASKED] });
    expect(await opens(() => link!.click({ button: 'middle' }))).toEqual({ tabs: 1, to: [SITE_ASKED] });
    await guide.mouse.move(0, 0);
  });

  it('gives the context menu the link’s address (Open link in new tab, Copy link address)', async () => {
    await guide.locator(LINK).first().click({ button: 'right' });
    await guide.keyboard.press('Escape');
    expect(await guide.evaluate(() => (window as unknown as { contextMenuSaw: unknown[] }).contextMenuSaw)).toEqual([SITE]);
    await guide.mouse.move(0, 0);
  });

  it('opens nothing and asks the proxy for nothing when a press is let go of elsewhere', async () => {
    const box = (await guide.locator(LINK).first().boundingBox())!;
    const opened = await opens(async () => {
      await guide.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await guide.mouse.down();
      await guide.mouse.move(2, box.y + box.height / 2, { steps: 4 });
      await guide.mouse.up();
    });
    expect(opened).toEqual({ tabs: 0, to: [] });
    // Let go of away from it, the link holds its address again.
    expect(await guide.locator('a[role="link"]').count()).toBe(0);
  });
});

describe('Firefox', () => {
  let proxy: RecordingProxy;
  let firefox: LaunchedFirefox;
  let guide: PuppeteerPage;

  /** What the action opens: how many new tabs, and where (puppeteer does not list them; BiDi does). */
  async function opens(action: () => Promise<void>): Promise<{ tabs: number; to: string[] }> {
    const asked = proxy.requests.length;
    await action();
    await pause(1500);
    const opened = (await tabs(firefox)).filter((tab) => tab.url.startsWith('http'));
    for (const tab of opened) await closeTab(firefox, tab.context);
    return { tabs: opened.length, to: sitesAsked(proxy, asked) };
  }

  beforeAll(async () => {
    proxy = await startRecordingProxy();
    firefox = await launchFirefox({ extensionDir: '.output/firefox-mv3', proxyPort: Number(new URL(proxy.url).port) });
    guide = await openExtensionPage(firefox, 'guide.html');
    await chooseIn(guide, { region: 'uk', lang: 'en' });
    await guide.evaluate(watchContextMenu);
  });

  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
  });

  it('is still a link, by its name, while the pointer rests on it', async () => {
    const link = (await guide.$(LINK))!;
    const links = (await guide.$$(LINK)).length;
    await link.hover();
    // Firefox dispatches the pointer's events in the page after the action returns.
    await guide.waitForFunction((selector, count) => document.querySelectorAll(selector).length === count, {}, LINK, links - 1);
    const held = await guide.$eval('a[role="link"]', (element) => ({ text: element.textContent, tabIndex: (element as HTMLElement).tabIndex }));
    expect(held).toEqual({ text: NAME, tabIndex: 0 });
    // Firefox's own accessibility tree finds it as a link by that name.
    const connection = (firefox.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: { nodes: unknown[] } }> } }).connection;
    const context = (guide.mainFrame() as unknown as { _id: string })._id;
    const { result } = await connection.send('browsingContext.locateNodes', {
      context,
      locator: { type: 'accessibility', value: { role: 'link', name: NAME } },
    });
    // Both of the guide's links to the helpline page, the one under the pointer among them.
    expect(result.nodes.length).toBe(links);
    await guide.mouse.move(0, 0);
    await guide.waitForFunction((selector, count) => document.querySelectorAll(selector).length === count, {}, LINK, links);
  });

  it('opens the site on a click, on Enter, and on a middle click', async () => {
    const link = (await guide.$(LINK))!;
    expect(await opens(() => link.click())).toEqual({ tabs: 1, to: [SITE_ASKED] });
    await link.focus();
    expect(await opens(() => guide.keyboard.press('Enter'))).toEqual({ tabs: 1, to: [SITE_ASKED] });
    expect(await opens(() => link.click({ button: 'middle' }))).toEqual({ tabs: 1, to: [SITE_ASKED] });
    await guide.mouse.move(0, 0);
  });

  it('gives the context menu the link’s address (Open link in new tab, Copy link address)', async () => {
    const link = (await guide.$(LINK))!;
    await link.click({ button: 'right' });
    await guide.keyboard.press('Escape');
    expect(await guide.evaluate(() => (window as unknown as { contextMenuSaw: unknown[] }).contextMenuSaw)).toEqual([SITE]);
    await guide.mouse.move(0, 0);
  });

  it('opens nothing and asks the proxy for nothing when a press is let go of elsewhere', async () => {
    const box = (await (await guide.$(LINK))!.boundingBox())!;
    const opened = await opens(async () => {
      await guide.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await guide.mouse.down();
      await guide.mouse.move(2, box.y + box.height / 2, { steps: 4 });
      await guide.mouse.up();
    });
    expect(opened).toEqual({ tabs: 0, to: [] });
  });
});
