// The worker that reads an import starts as the file dialog opens, so the import does not wait
// for its code to load once the file is chosen; a dialog closed without a file lets it go.

import { describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { waitForEditor } from './support/app';
import { withoutChromium } from './support/chromium';
import { stakemapFileBytes } from './support/importing';
import { eventually } from './support/wait';
import { useAppSession } from './support/session';

function smallStakemapFile() {
  const nodes = [
    { id: 'n1', kind: 'person', label: 'Ada Lovelace', position: { x: 0, y: 0 } },
    { id: 'n2', kind: 'organisation', label: 'Cabinet Office', position: { x: 120, y: 0 } },
  ];
  const relationships = [{ id: 'r1', sourceId: 'n1', targetId: 'n2', kind: 'works-for' }];
  return {
    name: 'Panel partners.stakemap.json',
    mimeType: 'application/json',
    buffer: stakemapFileBytes({ id: 'small', name: 'Panel partners' }, nodes, relationships),
  };
}

/** Clicks Import… and waits for the worker it starts before any file is chosen. */
async function openImportDialog(page: Page) {
  await page.getByText('No maps yet').waitFor();
  const workers: Worker[] = [];
  page.on('worker', (worker) => workers.push(worker));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  const dialog = await chooser;
  await eventually(() => workers.length).toBe(1);
  return { dialog, workers };
}

describe.skipIf(withoutChromium)('the import worker', () => {
  const session = useAppSession();

  test('is ready before the file is chosen, and is the one that reads it', async () => {
    const { page } = session();
    const { dialog, workers } = await openImportDialog(page);

    await dialog.setFiles(smallStakemapFile());
    await waitForEditor(page, 'Panel partners');
    expect(workers).toHaveLength(1);
  });

  test('is let go when the file dialog is closed without a file', async () => {
    const { page } = session();
    const { dialog, workers } = await openImportDialog(page);
    const closed = new Promise((resolve) => workers[0]?.once('close', resolve));
    // What the browser sends the file input when its dialog is dismissed.
    await dialog.element().dispatchEvent('cancel');

    await closed;
    await page.getByText('No maps yet').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
