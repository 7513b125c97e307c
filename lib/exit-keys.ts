/**
 * "Exit this page" from the keyboard, as in the GOV.UK pattern: Shift pressed three times
 * within five seconds. Pure, so the timing rules are tested in a table.
 */
export const PRESSES = 3;
export const WINDOW_MS = 5000;

export interface ShiftPress {
  key: string;
  repeat: boolean;
  time: number;
}

/** Returns a function fed every keydown; it answers true when the exit should happen. */
export function shiftTripleDetector(): (press: ShiftPress) => boolean {
  let times: number[] = [];
  return ({ key, repeat, time }) => {
    if (key !== 'Shift') {
      times = [];
      return false;
    }
    if (repeat) return false;
    times = [...times.filter((earlier) => time - earlier < WINDOW_MS), time];
    if (times.length < PRESSES) return false;
    times = [];
    return true;
  };
}
