import { describe, expect, it } from 'vitest';
import { shiftTripleDetector } from '@/lib/exit-keys';

describe('Shift pressed three times within five seconds', () => {
  const press = (key: string, time: number, repeat = false) => ({ key, time, repeat });

  it.each<[string, ReturnType<typeof press>[], boolean[]]>([
    ['three quick presses', [press('Shift', 0), press('Shift', 300), press('Shift', 600)], [false, false, true]],
    ['spread over 4.9 seconds', [press('Shift', 0), press('Shift', 2000), press('Shift', 4900)], [false, false, true]],
    ['too slow: the first falls out of the window', [press('Shift', 0), press('Shift', 2600), press('Shift', 5000)], [false, false, false]],
    ['held down: repeats do not count', [press('Shift', 0), press('Shift', 30, true), press('Shift', 60, true)], [false, false, false]],
    ['another key in between resets', [press('Shift', 0), press('Shift', 100), press('a', 150), press('Shift', 200)], [false, false, false, false]],
    ['typing capitals is not an exit', [press('Shift', 0), press('H', 50), press('Shift', 900), press('I', 950)], [false, false, false, false]],
    ['a fourth press starts again', [press('Shift', 0), press('Shift', 1), press('Shift', 2), press('Shift', 3)], [false, false, true, false]],
  ])('%s', (_name, presses, expected) => {
    const detect = shiftTripleDetector();
    expect(presses.map(detect)).toEqual(expected);
  });
});
