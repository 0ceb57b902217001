// The map list starts on as little code as it needs (issue 7: startup). Zod and the file format's
// schemas are a sixth of the app's first code, and only reading or writing a file needs them: they
// load with the first export, import, backup, snapshot or restore, and must be jitless when they
// do, as the CSP allows no eval.

import { describe, expect, test } from 'vitest';
import { backToMaps, createMap, snapshotAndRestore } from './support/app';
import { withoutChromium } from './support/chromium';
import { useAppSession } from './support/session';

/** A setting's name found in Zod's own code and in no other library the app uses. */
const ZOD_MARKER = 'jitless';

describe.skipIf(withoutChromium)('the first screen code', () => {
  const session = useAppSession();

  test('leaves out Zod and the file format, which arrive, jitless, with the first snapshot', async () => {
    const { page, problems } = session();
    await page.getByText('No maps yet').waitFor();
    // What the page loads before anything is asked of it: the entry script and what it imports,
    // as the built page lists them (later, the page adds preloads for code it fetches when idle).
    const firstCode = await page.evaluate(async (marker) => {
      const html = await (await fetch(location.href.split('#')[0] ?? '')).text();
      const built = new DOMParser().parseFromString(html, 'text/html');
      const urls = [
        ...built.querySelectorAll('script[type="module"][src], link[rel="modulepreload"]'),
      ].map(
        (element) =>
          new URL(element.getAttribute('src') ?? element.getAttribute('href') ?? '', location.href)
            .href,
      );
      const texts = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
      return { scripts: urls.length, withZod: urls.filter((_, at) => texts[at]?.includes(marker)) };
    }, ZOD_MARKER);
    expect(firstCode.scripts).toBeGreaterThan(1);
    expect(firstCode.withZod).toEqual([]);

    await createMap(page, 'Workshop');
    await backToMaps(page);
    await snapshotAndRestore(page, 'Workshop', 'before the workshop');
    // A schema built before Zod was told to be jitless probes for eval, which the CSP reports.
    expect(problems.cspViolations).toEqual([]);
  });
});
