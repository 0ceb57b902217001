// Marking a map changed in the transaction that changes its records, without round trips of its
// own. Each await in a transaction waits for IndexedDB to answer; Dexie's maps.update() after the
// record writes waited twice more (its read, then its write), and held the transaction's other
// requests back meanwhile. Here the map is read beside the records and written beside them.
//
// A stamp always moves forward, even for two changes in the same millisecond: a map's copy for
// opening (openCopies.ts) is stored only while the map carries the stamp its records were read at.

import type { StakeMap } from '@shared/domain/types';
import { db } from './db';
import { noteMap } from './knownRecords';

/** `now`, or just after `previous` when `now` is not later (the same millisecond, a clock set back). */
export function stampAfter(previous: string, now: string): string {
  if (now > previous) return now;
  const after = Date.parse(previous) + 1;
  return Number.isFinite(after) ? new Date(after).toISOString() : now;
}

/** Writes back a map read earlier in the transaction, as changed at `now`. */
export async function putMapStamped(map: StakeMap | undefined, now: string): Promise<void> {
  if (!map) return;
  const stamped = { ...map, updatedAt: stampAfter(map.updatedAt, now) };
  noteMap(stamped);
  await db.maps.put(stamped);
}

/**
 * Reads the map and writes it back as changed at `now`. Start it beside the record writes (in
 * one Promise.all) so its read goes out with them.
 */
export async function stampMap(mapId: string, now: string): Promise<void> {
  await putMapStamped(await db.maps.get(mapId), now);
}
