// A bulk change to most of a large map's nodes (a layout, its undo, a bulk edit) is stored the
// way a large import is (stagedParts.ts): the map's node records are replaced by a few parts
// holding every node, in one transaction, and expanded back into records afterwards, off the
// page. IndexedDB spends about the same time on a record whatever its size: a layout's 5,000
// positions took about 330 ms written as records and about 45 ms as five parts.

import type { StakeMap, StakeNode } from '@shared/domain/types';
import { db } from './db';
import { recordsOfMap } from './mapRange';
import { putMapStamped } from './mapStamp';
import { byId } from './sortedById';
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
 * Inside a transaction over the map, its nodes and the staged parts: every node of the map,
 * stored as records or still in parts (one is never in both), in id order, and whether any
 * were in parts.
 */
export async function readEveryNode(
  mapId: string,
): Promise<{ nodes: StakeNode[]; staged: boolean }> {
  const [stored, parts] = await Promise.all([
    recordsOfMap(db.nodes, mapId).toArray(),
    stagedPartsByTable(mapId, 'nodes').toArray(),
  ]);
  if (parts.length === 0) return { nodes: stored, staged: false };
  const inParts = parts.flatMap((part): StakeNode[] =>
    part.table === 'nodes' ? part.records : [],
  );
  return { nodes: [...stored, ...inParts].sort(byId), staged: true };
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
  const [partKeys, nodePartKeys] = await Promise.all([
    stagedPartRange(mapId).primaryKeys(),
    stagedPartsByTable(mapId, 'nodes').primaryKeys(),
    recordsOfMap(db.nodes, mapId).delete(),
  ]);
  // Numbered after every part there was, so none takes the key of one still there.
  const firstPart = Math.max(-1, ...partKeys.map(([, part]) => part)) + 1;
  await Promise.all([
    db.stagedParts.bulkDelete(nodePartKeys),
    db.stagedParts.bulkAdd(splitIntoParts(mapId, nodes, [], firstPart)),
    putMapStamped(map, now),
  ]);
}
