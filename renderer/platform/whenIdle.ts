// Runs work the user has not asked for yet (fetching code they are likely to need next) once what
// is on screen has been painted and the page has nothing better to do, so it never holds it up.

/** Longest wait for an idle moment: a page that is never idle still gets the work done. */
const IDLE_TIMEOUT_MS = 2000;

/** Calls `work` in the next idle period after the next paint; returns a function that cancels it. */
export function whenIdle(work: () => void, timeout: number = IDLE_TIMEOUT_MS): () => void {
  let cancelLater = () => {};
  // An idle period can fall between a change and the frame that shows it, and work run there
  // delays that frame: measured as 80 ms more to the map list on a reload. So first the frame,
  // then a task after it, then the idle period.
  const frame = window.requestAnimationFrame(() => {
    const timer = window.setTimeout(() => {
      cancelLater = inIdlePeriod(work, timeout);
    }, 0);
    cancelLater = () => window.clearTimeout(timer);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    cancelLater();
  };
}

function inIdlePeriod(work: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => work(), { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  // Without idle callbacks (older engines, jsdom), as the next task.
  const handle = window.setTimeout(work, 0);
  return () => window.clearTimeout(handle);
}
