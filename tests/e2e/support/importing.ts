// Importing through the "Import…" file chooser with any bytes and type, and a record of what the
// import's progress dialog showed on every frame the page painted, so a test can tell whether the
// page kept painting while a file was parsed.

import type { Page } from 'playwright-core';
import { DATABASE_NAME } from './indexedDb';

/** When the files below were made: a fixed time, so that runs compare. */
export const FILE_TIME = '2026-01-01T00:00:00.000Z';

/** The bytes of a version 1 .stakemap.json with this map's name and these records. */
export function stakemapFileBytes(
  map: { id: string; name: string },
  nodes: readonly object[],
  relationships: readonly object[],
): Buffer {
  const file = {
    format: 'stakemap',
    version: 1,
    exportedAt: FILE_TIME,
    app: { name: 'Stakemap', version: 'test' },
    map: { ...map, createdAt: FILE_TIME, updatedAt: FILE_TIME },
    nodes,
    relationships,
  };
  return Buffer.from(JSON.stringify(file), 'utf8');
}

/**
 * Clicks "Import…" and picks a file: these bytes, or a file on disk by its path (much faster for
 * a large file, which then does not travel through the DevTools protocol as base64).
 */
export async function chooseImportFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  await (await chooser).setFiles(file);
}

/** Starts recording the import progress text (or null) on every animation frame. */
export async function recordProgressFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frames: Array<string | null> = [];
    Reflect.set(window, '__importFrames', frames);
    const tick = () => {
      const bar = document.querySelector('progress[aria-label="Import progress"]');
      frames.push(bar?.getAttribute('aria-valuetext') ?? null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The progress texts recorded so far, one per painted frame. */
export async function progressFrames(page: Page): Promise<Array<string | null>> {
  return page.evaluate(() => Reflect.get(window, '__importFrames') as Array<string | null>);
}

/** How many records one store holds, counted in IndexedDB without reading them out. */
export async function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate(
    async ({ databaseName, storeName }) => {
      const known = await indexedDB.databases();
      if (!known.some((info) => info.name === databaseName)) return 0;
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!database.objectStoreNames.contains(storeName)) return 0;
        return await new Promise<number>((resolve, reject) => {
          const request = database.transaction(storeName).objectStore(storeName).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      } finally {
        database.close();
      }
    },
    { databaseName: DATABASE_NAME, storeName: store },
  );
}
