/**
 * Where a page's time goes before its first contentful paint, from a Chromium trace of one
 * load (npm run bench). The renderer's main thread is followed from the navigation to the
 * paint, and each moment is put in one column: what the thread was doing, or what it was
 * waiting for.
 */
import type { Page } from 'playwright-core';

/**
 * What the trace records: the timeline's events (files, scripts, style, layout, paint, and
 * every task, so that no work goes unseen), microtasks (where a promise's render runs), and
 * the navigation's start. Nothing else, because every category slows the load it watches.
 */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

/** One event of Chromium's trace format, as much of it as is read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { navigationId?: string } };
}

export const COLUMNS = ['fetch', 'compile', 'run', 'style', 'layout', 'paint', 'other', 'idle'] as const;
export type Column = (typeof COLUMNS)[number];

/** Milliseconds from the navigation to the first contentful paint, and each column's share of them. */
export type Split = Record<Column | 'total', number>;

/** The main thread's events that name a kind of work; any other event is work of another kind ("other"). */
const KIND: Record<string, Column> = {
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'v8.produceCache': 'compile',
  'v8.produceModuleCache': 'compile',
  EvaluateScript: 'run',
  'v8.evaluateModule': 'run',
  FunctionCall: 'run',
  RunMicrotasks: 'run',
  TimerFire: 'run',
  FireAnimationFrame: 'run',
  UpdateLayoutTree: 'style',
  RecalcStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
};

/**
 * Splits the time before the first contentful paint: each moment goes to the innermost
 * event of a known kind the main thread is in (a layout forced by a script is layout, not
 * run); else to "other" if the thread is busy (committing the navigation, parsing, GC);
 * else, while a file is still coming, to "fetch"; else to "idle" (waiting for a frame, and
 * for the compositor to put it on the screen). Undefined when the trace holds no paint.
 */
export function splitBeforePaint(events: readonly TraceEvent[]): Split | undefined {
  const paint = events.findLast((event) => event.name === 'firstContentfulPaint');
  const id = paint?.args?.data?.navigationId;
  const start = events.find((event) => event.name === 'navigationStart' && event.args?.data?.navigationId === id);
  if (!paint || !start) return undefined;
  const from = start.ts;
  const to = paint.ts;
  // The last file in before the paint: the page's document, scripts, stylesheets and packs.
  const fetched = Math.max(from, ...events.filter((event) => event.name === 'ResourceFinish' && event.pid === paint.pid && event.ts <= to).map((event) => event.ts));
  const work = events.filter((event) => event.ph === 'X' && event.pid === paint.pid && event.tid === paint.tid && event.dur && event.ts < to && event.ts + event.dur > from);
  const edges = [...new Set([from, to, fetched, ...work.flatMap((event) => [event.ts, event.ts + event.dur!])])]
    .filter((time) => time >= from && time <= to)
    .sort((a, b) => a - b);
  const split: Split = { total: (to - from) / 1000, fetch: 0, compile: 0, run: 0, style: 0, layout: 0, paint: 0, other: 0, idle: 0 };
  for (let i = 1; i < edges.length; i++) {
    const middle = (edges[i - 1]! + edges[i]!) / 2;
    const during = work.filter((event) => event.ts <= middle && middle < event.ts + event.dur!);
    // Events on one thread nest: the innermost starts last (or, starting together, ends first).
    const known = during.filter((event) => KIND[event.name]).sort((a, b) => b.ts - a.ts || a.dur! - b.dur!)[0];
    const column: Column = known ? KIND[known.name]! : during.length > 0 ? 'other' : middle < fetched ? 'fetch' : 'idle';
    split[column] += (edges[i]! - edges[i - 1]!) / 1000;
  }
  return split;
}

/**
 * Loads a page (from itself, as the paint bench does) under a trace, waits for its first
 * contentful paint, and splits the time before it.
 */
export async function tracePaint(page: Page, url: string): Promise<Split> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        new PerformanceObserver((list) => {
          if (list.getEntriesByName('first-contentful-paint').length) resolve();
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const split = splitBeforePaint(trace.traceEvents);
  if (!split) throw new Error(`No first contentful paint in the trace of ${url}`);
  return split;
}
