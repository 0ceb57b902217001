// Runs work the user has not asked for yet (fetching code they are likely to need next) once the
// page has nothing better to do, so it never holds up what is on screen.

/** Longest wait for an idle moment: a page that is never idle still gets the work done. */
const IDLE_TIMEOUT_MS = 2000;

/** Calls `work` in the next idle period; returns a function that cancels it if it has not run. */
export function whenIdle(work: () => void, timeout: number = IDLE_TIMEOUT_MS): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => work(), { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  // Without idle callbacks (older engines, jsdom), after the current task and any paint it allows.
  const handle = window.setTimeout(work, 0);
  return () => window.clearTimeout(handle);
}
