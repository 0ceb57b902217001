// Checklist item 16, "use a current version of Electron": Electron supports its latest three major
// lines and ships a new one every eight weeks, so a major is out of support about 24 weeks after
// its release. This test fails once the installed major is past that (plus four weeks to upgrade):
// upgrade Electron and add the new major's release date below.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Stable release dates of the majors this project has used (from the npm registry). */
const STABLE_RELEASES: Readonly<Record<number, string>> = {
  45: '2026-10-21',
};

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const SUPPORTED_FOR_MS = 3 * 8 * WEEK_MS;
const GRACE_MS = 4 * WEEK_MS;

function readJson(url: URL): Record<string, unknown> {
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

const installed = String(
  readJson(new URL('../../node_modules/electron/package.json', import.meta.url)).version,
);
const declared = String(
  (
    readJson(new URL('../../package.json', import.meta.url)).devDependencies as Record<
      string,
      string
    >
  ).electron,
);
const major = Number(installed.split('.')[0]);

describe('the Electron version', () => {
  it('is the one package.json asks for', () => {
    expect(declared).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(major).toBe(Number(declared.slice(1).split('.')[0]));
  });

  it('is a major whose release date is recorded here', () => {
    expect(STABLE_RELEASES[major], `add Electron ${major}'s release date`).toBeDefined();
  });

  it('is still a supported major line', () => {
    const released = Date.parse(STABLE_RELEASES[major] ?? '1970-01-01');
    const endOfSupport = new Date(released + SUPPORTED_FOR_MS + GRACE_MS);
    expect(
      Date.now(),
      `Electron ${major} is out of support since about ${endOfSupport.toISOString().slice(0, 10)}: upgrade it`,
    ).toBeLessThan(endOfSupport.getTime());
  });
});
