// The harness itself: Chromium starts on a fresh profile, loads the built app from the test
// server, notices what tests forbid (CSP violations, requests leaving the server), and a relaunch
// keeps the profile.

import { afterEach, describe, expect, test } from 'vitest';
import { expectNoProblems, launchApp, type AppSession } from './support/browser';
import { withoutChromium } from './support/chromium';
import { readStore } from './support/indexedDb';
import { eventually } from './support/wait';

describe.skipIf(withoutChromium)('the browser harness', () => {
  let session: AppSession | undefined;

  afterEach(async () => {
    await session?.dispose();
    session = undefined;
  });

  test('loads the built app from 127.0.0.1 with no errors', async () => {
    session = await launchApp();
    expect(new URL(session.page.url()).hostname).toBe('127.0.0.1');
    expect(await readStore(session.page, 'maps')).toEqual([]);
    expectNoProblems(session.problems);
  });

  test('records CSP violations and requests that leave the test server', async () => {
    session = await launchApp();
    const { page, problems } = session;
    // Loopback addresses only: blocked by the app's CSP and by the harness, never sent anywhere.
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'http://127.0.0.2:9/tracker.png';
      document.body.append(image);
    });
    await eventually(() => problems.cspViolations.join('\n')).toContain(
      'img-src blocked http://127.0.0.2:9/tracker.png',
    );

    await page.goto('http://127.0.0.2:9/elsewhere').catch(() => undefined);
    await eventually(() => problems.foreignRequests).toContain('http://127.0.0.2:9/elsewhere');
  });

  test('keeps the profile across a relaunch', async () => {
    session = await launchApp();
    await session.page.evaluate(() => localStorage.setItem('stakemap-e2e', 'kept'));
    session = await session.relaunch();
    expect(await session.page.evaluate(() => localStorage.getItem('stakemap-e2e'))).toBe('kept');
    expectNoProblems(session.problems);
  });
});
