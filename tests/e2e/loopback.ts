/**
 * The built popup served on loopback, for Firefox with its clock set: Firefox runs no
 * preload script in moz-extension:// pages, so the clock cannot be set there. The popup
 * uses no extension API, so the same built files run the same way from http://127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export interface Loopback {
  url: string;
  close(): void;
}

/** Serves a build folder's files on 127.0.0.1, nothing else. */
export async function serveBuild(root: string): Promise<Loopback> {
  const server: Server = createServer((request, response) => {
    const path = normalize(join(root, new URL(request.url ?? '/', 'http://x').pathname));
    let body: Buffer;
    try {
      body = readFileSync(path);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Opens the served popup with the page's clock fixed at an instant. */
export async function popupAt(browser: Browser, served: Loopback, at: Date): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(`{
    const fixed = ${at.getTime()};
    const RealDate = Date;
    globalThis.Date = class extends RealDate {
      constructor(...args) { super(...(args.length ? args : [fixed])); }
      static now() { return fixed; }
    };
  }`);
  await page.goto(`${served.url}/popup.html`);
  await page.waitForSelector('h1');
  return page;
}
