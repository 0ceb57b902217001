// One write to a map's records: followed by the save indicator, and held until the tables it
// touches can be written record by record (a large import's staged parts expanded: see
// stagedExpansion.ts). What it waits for follows from the transaction's tables, so a write that
// touches only nodes never waits for the relationships, and one that touches neither never waits.

import type { Table } from 'dexie';
import { db } from './db';
import { trackWrite } from './saveStatus';
import { whenTablesWritable } from './stagedExpansion';

/** Runs `write` in one read-write transaction over `tables`, once they are writable. */
export function writeToMap<T>(
  mapId: string,
  tables: readonly Table[],
  write: () => Promise<T>,
): Promise<T> {
  return trackWrite(async () => {
    await whenTablesWritable(
      mapId,
      tables.map((table) => table.name),
    );
    return db.transaction('rw', [...tables], write);
  });
}
