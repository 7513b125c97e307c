import { describe, expect, it } from 'vitest';
import { type Split, splitBeforePaint, type TraceEvent } from '@/scripts/paint-trace';

// The renderer's main thread is 1/1; times are in milliseconds here, microseconds in a trace.
const MAIN = { pid: 1, tid: 1 };
const ms = 1000;
const start = (navigationId = 'n1'): TraceEvent => ({ name: 'navigationStart', ph: 'R', ts: 0, ...MAIN, args: { data: { navigationId } } });
const paintAt = (at: number, navigationId = 'n1'): TraceEvent => ({ name: 'firstContentfulPaint', ph: 'R', ts: at * ms, ...MAIN, args: { data: { navigationId } } });
const task = (name: string, from: number, to: number, where = MAIN): TraceEvent => ({ name, ph: 'X', ts: from * ms, dur: (to - from) * ms, ...where });
const fileIn = (at: number): TraceEvent => ({ name: 'ResourceFinish', ph: 'I', ts: at * ms, ...MAIN });
const none: Omit<Split, 'total'> = { fetch: 0, compile: 0, run: 0, style: 0, layout: 0, paint: 0, other: 0, idle: 0 };

describe('splitBeforePaint', () => {
  it.each<[string, TraceEvent[], Partial<Split>]>([
    [
      'waiting for a file is fetch; after the last file, waiting is idle',
      [start(), fileIn(10), task('RunTask', 10, 12), task('Paint', 10, 12), paintAt(20)],
      { total: 20, fetch: 10, paint: 2, idle: 8 },
    ],
    [
      'a task of no known kind is other work, even while a file is coming',
      [start(), task('RunTask', 0, 4), fileIn(10), paintAt(10)],
      { total: 10, other: 4, fetch: 6 },
    ],
    [
      'the innermost known event wins: compile and a forced layout inside a script run',
      [
        start(),
        fileIn(2),
        task('RunTask', 2, 12),
        task('EvaluateScript', 2, 12),
        task('v8.compile', 2, 3),
        task('UpdateLayoutTree', 6, 8),
        task('Layout', 8, 10),
        paintAt(12),
      ],
      { total: 12, fetch: 2, compile: 1, run: 5, style: 2, layout: 2 },
    ],
    [
      'a render in a microtask is run; a garbage collection inside it stays run',
      [start(), fileIn(0), task('RunTask', 0, 6), task('RunMicrotasks', 0, 5), task('MinorGC', 1, 3), task('Commit', 5, 6), paintAt(6)],
      { total: 6, run: 5, paint: 1 },
    ],
    [
      'other threads, files after the paint and the time outside the window are left out',
      [
        start(),
        task('RunTask', -5, 2),
        task('EvaluateScript', 0, 30, { pid: 1, tid: 2 }),
        task('Layout', 0, 30, { pid: 2, tid: 1 }),
        fileIn(4),
        fileIn(40),
        task('Paint', 9, 15),
        paintAt(10),
      ],
      { total: 10, other: 2, fetch: 2, paint: 1, idle: 5 },
    ],
    [
      'the navigation is the one that painted, not an earlier one',
      [start('old'), paintAt(3, 'old'), { ...start('new'), ts: 5 * ms }, fileIn(7), paintAt(9, 'new')],
      { total: 4, fetch: 2, idle: 2 },
    ],
  ])('%s', (_what, events, expected) => {
    const split = splitBeforePaint(events)!;
    const rounded = Object.fromEntries(Object.entries(split).map(([key, value]) => [key, Math.round(value * 1000) / 1000]));
    expect(rounded).toEqual({ ...none, ...expected });
  });

  it('the columns add up to the time before the paint', () => {
    const split = splitBeforePaint([start(), task('RunTask', 1, 3), task('FunctionCall', 1, 2), fileIn(5), task('Layout', 6, 7), paintAt(9)])!;
    const { total, ...columns } = split;
    expect(Object.values(columns).reduce((sum, value) => sum + value, 0)).toBeCloseTo(total);
  });

  it('finds nothing in a trace with no paint, or no start to its navigation', () => {
    expect(splitBeforePaint([start(), task('Layout', 0, 1)])).toBeUndefined();
    expect(splitBeforePaint([start('other'), paintAt(4)])).toBeUndefined();
  });
});
