// A bulk change to most of a large map's nodes (a layout, its undo, a bulk edit) is stored the
// way a large import is (stagedParts.ts): the map's node records are replaced by a few parts
// holding every node, in one transaction, and expanded back into records afterwards, off the
// page. IndexedDB spends about the same time on a record whatever its size: a layout's 5,000
// positions took about 330 ms written as records and about 45 ms as five parts.

import type { StakeMap, StakeNode } from '@shared/domain/types';
import { db } from './db';
import { recordsOfMap } from './mapRange';
import { putMapStamped } from './mapStamp';
import {
  splitIntoParts,
  STAGE_FROM_RECORDS,
  stagedPartRange,
  stagedPartsByTable,
} from './stagedParts';

/**
 * Whether changing `changed` of a map's `total` nodes should store them all as parts: a large
 * change to most of the map. Rewriting every node of a huge map for a smaller share of it would
 * copy more than the records it saves.
 */
export function shouldRestage(changed: number, total: number): boolean {
  return changed >= STAGE_FROM_RECORDS && changed * 2 >= total;
}

/**
 * Inside a transaction over the map, its nodes and the staged parts (restagingWriteToMap): puts
 * `nodes`, every node of the map, in place of its node records and node parts, and stamps the
 * map. Parts of its relationships, if an import's are still there, stay as they are.
 */
export async function restageNodes(
  map: StakeMap | undefined,
  mapId: string,
  nodes: readonly StakeNode[],
  now: string,
): Promise<void> {
  const [partKeys] = await Promise.all([
    stagedPartRange(mapId).primaryKeys(),
    recordsOfMap(db.nodes, mapId).delete(),
    stagedPartsByTable(mapId, 'nodes').delete(),
  ]);
  // Numbered after every part there was, so none takes the key of one still there.
  const firstPart = Math.max(-1, ...partKeys.map(([, part]) => part)) + 1;
  await Promise.all([
    db.stagedParts.bulkAdd(splitIntoParts(mapId, nodes, [], firstPart)),
    putMapStamped(map, now),
  ]);
}
