// How the suite finds Chromium, and what happens without one: CI fails, a developer is warned.

import { describe, expect, test } from 'vitest';
import { describeMissingChromium, findChromium } from './support/chromium';

const NOWHERE = ['/nonexistent/stakemap-e2e/chromium'];

describe('finding Chromium', () => {
  test('prefers CHROMIUM_PATH, then the first candidate that exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath }, NOWHERE)).toEqual({
      found: true,
      path: process.execPath,
    });
    expect(findChromium({}, [...NOWHERE, process.execPath])).toEqual({
      found: true,
      path: process.execPath,
    });
  });

  test('skips with a warning on a developer machine and fails in CI', () => {
    const local = findChromium({}, NOWHERE);
    expect(local).toMatchObject({ found: false, mustFail: false });
    const ci = findChromium({ CI: 'true' }, NOWHERE);
    expect(ci).toMatchObject({ found: false, mustFail: true });
    if (!ci.found) expect(describeMissingChromium(ci)).toContain('THE BROWSER TESTS DID NOT RUN');
  });

  test('fails when CHROMIUM_PATH names something that is not there', () => {
    expect(findChromium({ CHROMIUM_PATH: NOWHERE[0] }, [process.execPath])).toMatchObject({
      found: false,
      mustFail: true,
    });
  });
});
