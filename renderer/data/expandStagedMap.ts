// The expansion of a staged map (stagedParts.ts) itself: each part in its own transaction, which
// writes the part's nodes or relationships as records and deletes the part, so a read sees every
// record once whichever parts are moved. One part at a time rather than all in one transaction:
// IndexedDB runs transactions on the same tables one after another, and moving 25,000 records
// took over four seconds, during which any other window's or map's edit would have waited.
// Run in a worker by stagedExpansion.ts; apart from it so the worker loads no more than this.

import { db } from './db';
import { STAGED_TABLES, type StagedPartKey, type StagedTableName } from './stagedPartTypes';
import { stagedPartsByTable } from './stagedParts';

/** Moves one staged part's records into their table; resolves with how many it moved. */
function movePart(key: StagedPartKey): Promise<number> {
  return db.transaction('rw', db.stagedParts, db.nodes, db.relationships, async () => {
    const part = await db.stagedParts.get(key);
    // Moved meanwhile by another window.
    if (part === undefined) return 0;
    // Put rather than add: nothing is stored under these keys (writes wait for the expansion),
    // and an expansion must not be stuck behind a record that somehow is.
    if (part.table === 'nodes') await db.nodes.bulkPut(part.records);
    else await db.relationships.bulkPut(part.records);
    await db.stagedParts.delete(key);
    return part.records.length;
  });
}

/** The keys of one map's parts, by table: nodes first, so that node edits wait the least. */
async function partKeysByTable(mapId: string) {
  const byTable = new Map<StagedTableName, StagedPartKey[]>(STAGED_TABLES.map((t) => [t, []]));
  const index = stagedPartsByTable(mapId);
  const [indexKeys, primaryKeys] = await db.transaction('r', db.stagedParts, () =>
    Promise.all([index.keys(), index.primaryKeys()]),
  );
  indexKeys.forEach((indexKey, at) => {
    // Each index key is [mapId, table, size]; the primary keys come in the same order.
    const table = (indexKey as unknown[])[1] as StagedTableName;
    const key = primaryKeys[at];
    if (key !== undefined) byTable.get(table)?.push(key);
  });
  return byTable;
}

/**
 * Moves one map's staged records into their tables, nodes first, saying when each table is
 * done; resolves with how many records it moved.
 */
export async function expandStagedMap(
  mapId: string,
  onTableDone: (table: StagedTableName) => void = () => {},
): Promise<number> {
  let moved = 0;
  for (const [table, keys] of await partKeysByTable(mapId)) {
    for (const key of keys) moved += await movePart(key);
    onTableDone(table);
  }
  return moved;
}
