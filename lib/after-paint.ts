/** Runs work once the browser has painted the next frame, so it never delays first paint. */
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}
