// The map list starts on as little code as it needs (issue 7: startup). Zod and the file format's
// schemas are a sixth of the app's first code, and only reading or writing a file needs them: they
// load with the first export, import, backup, snapshot or restore, and must be jitless when they
// do, as the CSP allows no eval.

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { backToMaps, createMap } from './support/app';
import { expectNoProblems, launchApp, type AppSession } from './support/browser';
import { withoutChromium } from './support/chromium';

/** A setting's name found in Zod's own code and in no other library the app uses. */
const ZOD_MARKER = 'jitless';

describe.skipIf(withoutChromium)('the first screen code', () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await launchApp();
  });

  afterEach(async () => {
    await session.dispose();
  });

  test('leaves out Zod and the file format, which arrive, jitless, with the first snapshot', async () => {
    const { page, problems } = session;
    await page.getByText('No maps yet').waitFor();
    // What the page loads before anything is asked of it: the entry script and what it imports
    // (the build lists them as module preloads), read again from the app's own server.
    const firstCode = await page.evaluate(async (marker) => {
      const urls = [
        ...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]'),
      ].map((script) => script.src);
      urls.push(
        ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
          (link) => link.href,
        ),
      );
      const texts = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
      return { scripts: urls.length, withZod: urls.filter((_, at) => texts[at]?.includes(marker)) };
    }, ZOD_MARKER);
    expect(firstCode.scripts).toBeGreaterThan(1);
    expect(firstCode.withZod).toEqual([]);

    await createMap(page, 'Workshop');
    await backToMaps(page);
    await page.getByRole('button', { name: 'Snapshots for Workshop', exact: true }).click();
    const snapshots = page.getByRole('dialog', { name: 'Snapshots of Workshop' });
    await snapshots.getByRole('textbox', { name: 'Snapshot name' }).fill('before the workshop');
    await snapshots.getByRole('button', { name: 'Take snapshot', exact: true }).click();
    await snapshots
      .getByRole('button', { name: 'Restore snapshot before the workshop', exact: true })
      .click();
    await page.getByText('Restored the snapshot as a new map').waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: 'Open Workshop — before the workshop', exact: true })
      .waitFor();
    // Among the problems: any CSP violation, which a schema built before Zod was told to be
    // jitless reports as it probes for eval.
    expect(problems.cspViolations).toEqual([]);
    expectNoProblems(problems);
  });
});
