// The worker that reads an import starts as the file dialog opens, so the import does not wait
// for its code to load once the file is chosen; a dialog closed without a file lets it go.

import { describe, expect, test } from 'vitest';
import type { Worker } from 'playwright-core';
import { waitForEditor } from './support/app';
import { withoutChromium } from './support/chromium';
import { eventually } from './support/wait';
import { useAppSession } from './support/session';

const NOW = '2026-01-01T00:00:00.000Z';

function smallStakemapFile() {
  const file = {
    format: 'stakemap',
    version: 1,
    exportedAt: NOW,
    app: { name: 'Stakemap', version: 'test' },
    map: { id: 'small', name: 'Panel partners', createdAt: NOW, updatedAt: NOW },
    nodes: [
      { id: 'n1', kind: 'person', label: 'Ada Lovelace', position: { x: 0, y: 0 } },
      { id: 'n2', kind: 'organisation', label: 'Cabinet Office', position: { x: 120, y: 0 } },
    ],
    relationships: [{ id: 'r1', sourceId: 'n1', targetId: 'n2', kind: 'works-for' }],
  };
  return {
    name: 'Panel partners.stakemap.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file), 'utf8'),
  };
}

describe.skipIf(withoutChromium)('the import worker', () => {
  const session = useAppSession();

  test('is ready before the file is chosen, and is the one that reads it', async () => {
    const { page } = session();
    await page.getByText('No maps yet').waitFor();
    const workers: Worker[] = [];
    page.on('worker', (worker) => workers.push(worker));

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    const dialog = await chooser;
    await eventually(() => workers.length).toBe(1);

    await dialog.setFiles(smallStakemapFile());
    await waitForEditor(page, 'Panel partners');
    expect(workers).toHaveLength(1);
  });

  test('is let go when the file dialog is closed without a file', async () => {
    const { page } = session();
    await page.getByText('No maps yet').waitFor();
    const workers: Worker[] = [];
    page.on('worker', (worker) => workers.push(worker));

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    const dialog = await chooser;
    await eventually(() => workers.length).toBe(1);
    const closed = new Promise((resolve) => workers[0]?.once('close', resolve));
    // What the browser sends the file input when its dialog is dismissed.
    await dialog.element().dispatchEvent('cancel');

    await closed;
    await page.getByText('No maps yet').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
