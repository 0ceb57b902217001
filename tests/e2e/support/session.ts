// One fresh app per test, checked for console errors, page errors, CSP violations and foreign
// requests when the test ends: the setup every browser test file repeats, in one call.

import { afterEach, beforeEach } from 'vitest';
import { expectNoProblems, launchApp, type AppSession } from './browser';

/** Call inside a describe; the returned function gives the current test's session. */
export function useAppSession(): () => AppSession {
  let session: AppSession | null = null;
  beforeEach(async () => {
    session = await launchApp();
  });
  afterEach(async () => {
    const ended = session;
    session = null;
    if (!ended) return;
    try {
      expectNoProblems(ended.problems);
    } finally {
      await ended.dispose();
    }
  });
  return () => {
    if (!session) throw new Error('The app session exists only while a test runs.');
    return session;
  };
}
