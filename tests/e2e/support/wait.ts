// Waiting for a condition instead of sleeping: `eventually(() => value).toBe(…)` retries until
// the assertion holds or the time runs out. The browser suite shares two cores with Chromium, so
// the limit is generous; it bounds a hang, it does not measure speed.

import { expect } from 'vitest';

export const EVENTUALLY_TIMEOUT_MS = 15_000;

export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: EVENTUALLY_TIMEOUT_MS, interval: 100 });
}
