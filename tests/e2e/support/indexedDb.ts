// Reads the app's IndexedDB straight from the page with the raw indexedDB API, so assertions check
// what was really committed rather than what the UI shows. Read-only, and the connection is
// closed at once so it never blocks the app's own upgrades.

import type { Page } from 'playwright-core';
import type {
  Action,
  Interaction,
  KeyMessage,
  Relationship,
  StakeMap,
  StakeNode,
} from '@shared/domain/types';
import type { OpenCopy } from '../../../renderer/data/openCopies';

/** The app's database and stores; these names are the app's storage contract. */
export const DATABASE_NAME = 'stakemap';

export interface StoredRecords {
  maps: StakeMap;
  nodes: StakeNode;
  relationships: Relationship;
  interactions: Interaction;
  actions: Action;
  messages: KeyMessage;
  openCopies: OpenCopy;
}

export type StoreName = keyof StoredRecords;

/** Every record in one store, or [] when the app has not created its database yet. */
export async function readStore<S extends StoreName>(
  page: Page,
  store: S,
): Promise<StoredRecords[S][]> {
  const records = await page.evaluate(
    async ({ databaseName, storeName }) => {
      const known = await indexedDB.databases();
      if (!known.some((info) => info.name === databaseName)) return [];
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error(`${databaseName} is blocked`));
      });
      try {
        if (!database.objectStoreNames.contains(storeName)) return [];
        return await new Promise<unknown[]>((resolve, reject) => {
          const request = database
            .transaction(storeName, 'readonly')
            .objectStore(storeName)
            .getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      } finally {
        database.close();
      }
    },
    { databaseName: DATABASE_NAME, storeName: store },
  );
  return records as StoredRecords[S][];
}

/** The records of one store that belong to one map. */
export async function readMapRecords<S extends Exclude<StoreName, 'maps'>>(
  page: Page,
  store: S,
  mapId: string,
): Promise<StoredRecords[S][]> {
  return (await readStore(page, store)).filter((record) => record.mapId === mapId);
}
