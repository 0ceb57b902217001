// Finds the Chromium the browser suite drives. Debian's package is the only browser the build
// machines can install, so nothing here downloads one: without a Chromium the suite fails in CI
// and is skipped, loudly, on a developer's machine.

import { accessSync, constants } from 'node:fs';

/** Where Chromium is looked for, after $CHROMIUM_PATH. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
] as const;

export type ChromiumLookup =
  { found: true; path: string } | { found: false; reason: string; mustFail: boolean };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): ChromiumLookup {
  const inCi = Boolean(env.CI);
  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (isExecutable(explicit)) return { found: true, path: explicit };
    // A path someone set on purpose that does not work is a broken setup, not a missing browser.
    return {
      found: false,
      mustFail: true,
      reason: `CHROMIUM_PATH is set to ${explicit}, but no executable is there.`,
    };
  }
  const path = candidates.find(isExecutable);
  if (path) return { found: true, path };
  return {
    found: false,
    mustFail: inCi,
    reason: `No Chromium found: CHROMIUM_PATH is not set and none of ${candidates.join(', ')} exists.`,
  };
}

/** The message printed (or thrown, in CI) when the suite cannot run. */
export function describeMissingChromium(lookup: Extract<ChromiumLookup, { found: false }>): string {
  const bar = '!'.repeat(78);
  return [
    '',
    bar,
    '!! THE BROWSER TESTS DID NOT RUN.',
    `!! ${lookup.reason}`,
    "!! Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.",
    lookup.mustFail
      ? '!! This is a failure here (CI is set, or CHROMIUM_PATH is wrong).'
      : '!! Every e2e test is SKIPPED on this machine; CI will run them.',
    bar,
    '',
  ].join('\n');
}

const lookup = findChromium();

/** For `describe.skipIf(withoutChromium)`: true when the suite must be skipped on this machine. */
export const withoutChromium = !lookup.found;

/** The Chromium executable; only call it inside a suite guarded by `withoutChromium`. */
export function chromiumPath(): string {
  if (!lookup.found) throw new Error(lookup.reason);
  return lookup.path;
}

export { lookup as chromiumLookup };
