// The expansion of a staged map (stagedParts.ts) itself: each part in its own transaction, which
// writes the part's nodes or relationships as records and deletes the part, so a read sees every
// record once whichever parts are moved. One part at a time rather than all in one transaction:
// IndexedDB runs transactions on the same tables one after another, and moving 25,000 records
// took over four seconds, during which any other window's or map's edit would have waited.
// Run in a worker by stagedExpansion.ts; apart from it so the worker loads no more than this.

import { db } from './db';
import type { StagedPartKey } from './stagedPartTypes';
import { stagedPartRange } from './stagedParts';

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

/** Moves one map's staged records into their tables; resolves with how many it moved. */
export async function expandStagedMap(mapId: string): Promise<number> {
  const keys = await stagedPartRange(mapId).primaryKeys();
  let moved = 0;
  for (const key of keys) moved += await movePart(key);
  return moved;
}
