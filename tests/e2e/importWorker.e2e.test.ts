// The worker that reads an import starts as the file dialog opens, or as a file is dragged over
// the window, so the import does not wait for its code to load once the file is chosen or
// dropped; a dialog closed without a file, or a file dragged away, lets it go.

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

/**
 * Every import worker the page starts from now on, once the map list is there. An opened map
 * starts a layout worker of its own (layoutWorkerClient.ts): not counted.
 */
async function watchWorkers(page: Page): Promise<Worker[]> {
  await page.getByText('No maps yet').waitFor();
  const workers: Worker[] = [];
  page.on('worker', (worker) => {
    if (/\/import\.worker-[\w-]+\.js$/.test(worker.url())) workers.push(worker);
  });
  return workers;
}

/** Clicks Import… and waits for the worker it starts before any file is chosen. */
async function openImportDialog(page: Page) {
  const workers = await watchWorkers(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  const dialog = await chooser;
  await eventually(() => workers.length).toBe(1);
  return { dialog, workers };
}

/**
 * Sends the window what the browser sends as a file is dragged over it, and waits for the worker
 * that starts.
 */
async function dragFileOver(page: Page): Promise<Worker[]> {
  const workers = await watchWorkers(page);
  const file = smallStakemapFile();
  await page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      Reflect.set(window, '__dragged', transfer);
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    },
    { name: file.name, text: file.buffer.toString('utf8') },
  );
  await eventually(() => workers.length).toBe(1);
  return workers;
}

async function finishDrag(page: Page, how: 'drop' | 'dragleave') {
  await page.evaluate((type) => {
    const transfer = Reflect.get(window, '__dragged') as DataTransfer;
    window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, cancelable: true }));
  }, how);
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

  test('gets ready while a file is dragged over the window, and reads it when dropped', async () => {
    const { page } = session();
    const workers = await dragFileOver(page);
    await finishDrag(page, 'drop');
    await waitForEditor(page, 'Panel partners');
    expect(workers).toHaveLength(1);
  });

  test('is let go when the dragged file leaves the window', async () => {
    const { page } = session();
    const workers = await dragFileOver(page);
    const closed = new Promise((resolve) => workers[0]?.once('close', resolve));
    await finishDrag(page, 'dragleave');
    await closed;
    expect(await page.getByRole('alert').count()).toBe(0);
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
