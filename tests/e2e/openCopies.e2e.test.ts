// Reopening a map reads its nodes and relationships from the copy kept of them as one record, and
// what the user changes is never hidden by an old copy: an edit deletes the copy in its own
// transaction, and the next opening reads the records, edit included, and keeps a new copy.

import { describe, expect, test } from 'vitest';
import { addNode, backToMaps, goToNodeLabels, waitForEditor, waitForSaved } from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import { EXAMPLE_MAP_NAME, openExampleMap } from './support/editor';
import { readStore } from './support/indexedDb';
import { eventually } from './support/wait';

describe.skipIf(withoutChromium)('a map’s copy for opening', () => {
  const session = useAppSession();

  const copiedLabels = async () => {
    const copies = await readStore(session().page, 'openCopies');
    return copies.map((copy) => copy.nodes.map((node) => node.label).sort());
  };

  const reopen = async () => {
    const { page } = session();
    await page
      .getByRole('button', { name: `Open ${EXAMPLE_MAP_NAME}`, exact: true })
      .first()
      .click();
    await waitForEditor(page, EXAMPLE_MAP_NAME);
  };

  test('reopens a map from its copy, and an edit is never hidden by an old copy', async () => {
    const { page } = session();
    await openExampleMap(page);
    const labels = await goToNodeLabels(page);
    expect(labels.length).toBeGreaterThan(10);
    // Kept once the page is idle after the map opened from its records.
    await eventually(copiedLabels).toEqual([labels]);

    await backToMaps(page);
    await reopen();
    expect(await goToNodeLabels(page)).toEqual(labels);

    await addNode(page, 'Person', 'Priya Shah');
    await waitForSaved(page);
    expect(await readStore(page, 'openCopies')).toEqual([]);

    // A restart, which reopens the map: read from its records, the new node with it.
    await page.reload();
    await waitForEditor(page, EXAMPLE_MAP_NAME);
    const withPriya = [...labels, 'Priya Shah'].sort();
    expect(await goToNodeLabels(page)).toEqual(withPriya);
    await eventually(copiedLabels).toEqual([withPriya]);

    await backToMaps(page);
    await reopen();
    expect(await goToNodeLabels(page)).toEqual(withPriya);
  });
});
