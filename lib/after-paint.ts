/**
 * Runs work once the page has painted content, so it never delays what a person first
 * sees. Where the browser cannot report paints, the next frame after rendering will do.
 */
export function afterPaint(work: () => void): void {
  const fallback = () => requestAnimationFrame(() => setTimeout(work, 0));
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    fallback();
    return;
  }
  let done = false;
  const observer = new PerformanceObserver((list) => {
    if (done || !list.getEntriesByName('first-contentful-paint').length) return;
    done = true;
    observer.disconnect();
    setTimeout(work, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
}
