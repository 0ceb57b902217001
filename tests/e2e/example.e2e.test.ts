// The example map: one click shows a real stakeholder map built from the first user's programme,
// drawn without errors, without CSP violations and without reaching past this machine.

import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  canvas,
  goToNodeLabels,
  mapIdFromUrl,
  readMapCounts,
  toolbar,
  waitForEditor,
} from './support/app';
import { expectNoProblems, launchApp, type AppSession } from './support/browser';
import { withoutChromium } from './support/chromium';
import { readMapRecords } from './support/indexedDb';

const EXAMPLE_MAP_NAME = 'Local Public Data Panel: engagement';
/** Stakeholders from the programme paper that the example map must show. */
const EXPECTED_STAKEHOLDERS = [
  'Local Public Data Unit',
  'Cabinet Office',
  'Professor Nigel Shadbolt',
  'IDEA Communities of Practice',
];
const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

describe.skipIf(withoutChromium)('the example map', () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await launchApp();
  });

  afterEach(async () => {
    await session.dispose();
  });

  test('opens from the map list, fully drawn, with nothing going wrong', async () => {
    const { page, problems } = session;
    await page.getByRole('button', { name: 'Open example map', exact: true }).click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);

    const counts = await readMapCounts(page);
    expect(counts.nodes).toBeGreaterThan(30);
    expect(counts.relationships).toBeGreaterThan(0);
    const labels = await goToNodeLabels(page);
    expect(labels).toHaveLength(counts.nodes);
    // Labels may carry an abbreviation, e.g. "Local Public Data Unit (LPDU)".
    for (const stakeholder of EXPECTED_STAKEHOLDERS) {
      expect(
        labels.filter((label) => label.includes(stakeholder)),
        stakeholder,
      ).not.toEqual([]);
    }
    const mapId = mapIdFromUrl(page);
    expect(await readMapRecords(page, 'nodes', mapId)).toHaveLength(counts.nodes);
    expect(await readMapRecords(page, 'relationships', mapId)).toHaveLength(counts.relationships);

    await page.getByRole('region', { name: 'Legend' }).waitFor();
    await toolbar(page).getByRole('button', { name: 'Fit to screen', exact: true }).click();
    // The canvas paints on animation frames; two frames after the fit it shows the whole map.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await canvas(page).locator('canvas').count()).toBeGreaterThan(0);
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: `${RESULTS_DIR}example-map.png` });

    expectNoProblems(problems);
  });

  test('is fetched when asked for, not with the map list', async () => {
    const { page, problems } = session;
    await page.getByRole('button', { name: 'Open example map', exact: true }).waitFor();
    // Every script the page has fetched, read again from the app's own server.
    const scriptsMentioningTheExample = (name: string) =>
      page.evaluate(async (wanted) => {
        const scripts = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => url.endsWith('.js'));
        const texts = await Promise.all(
          scripts.map(async (url) => ({ url, text: await (await fetch(url)).text() })),
        );
        return {
          scripts: scripts.length,
          mentioning: texts.filter(({ text }) => text.includes(wanted)).map(({ url }) => url),
        };
      }, name);

    const atTheList = await scriptsMentioningTheExample(EXAMPLE_MAP_NAME);
    await page.getByRole('button', { name: 'Open example map', exact: true }).click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);
    const afterOpening = await scriptsMentioningTheExample(EXAMPLE_MAP_NAME);

    expect(atTheList.scripts).toBeGreaterThan(0);
    expect(atTheList.mentioning).toEqual([]);
    expect(afterOpening.mentioning).toHaveLength(1);
    expectNoProblems(problems);
  });
});
