// What this window believes is stored, so that an edit need not wait to read a record before
// writing it. An edit reads the record and its map, then writes both: two waits on IndexedDB,
// each several milliseconds on a busy laptop. Knowing the records already, an edit sends its
// reads and writes together (one wait) and then checks, before the transaction commits, that what
// it read is what it assumed; if another window or a failed write made the belief wrong, it writes
// again from what it read (nodeUpdates.ts, mapRecordWrites.ts). So a belief only ever decides how
// fast a write is, never what ends up stored.
//
// Beliefs come from what the editor has read (the records a map's views show, kept current by
// mapRecords.ts, and the open map) and from what this window last wrote.

import { positionById } from './sortedById';

interface Identified {
  id: string;
}

/** Records this window wrote last, by table, map and id; newer than any read it has made. */
const written = new Map<string, unknown>();
/** Cleared whole past this many entries: it only speeds up the records being edited now. */
const MAX_WRITTEN = 2000;
/** The records a map's views show (sorted by id, as read), by table and map. */
const shown = new Map<string, readonly Identified[]>();
/** The newest version of each map this window has seen, by map id. */
const maps = new Map<string, { updatedAt: string }>();

const recordKey = (table: string, mapId: string, id: string) => `${table}\u0000${mapId}\u0000${id}`;
const listKey = (table: string, mapId: string) => `${table}\u0000${mapId}`;

/** Notes the records a map's views now show (a list sorted by id). */
export function noteShownRecords(table: string, mapId: string, records: readonly Identified[]) {
  shown.set(listKey(table, mapId), records);
}

/** Lets go of a list when its views close (a closed map's records are not kept alive). */
export function forgetShownRecords(table: string, mapId: string, records: readonly Identified[]) {
  if (shown.get(listKey(table, mapId)) === records) shown.delete(listKey(table, mapId));
}

/** Notes records as this window wrote or read them in a transaction. */
export function noteRecords(table: string, mapId: string, records: readonly Identified[]): void {
  if (written.size + records.length > MAX_WRITTEN) written.clear();
  if (records.length > MAX_WRITTEN) return;
  for (const record of records) written.set(recordKey(table, mapId, record.id), record);
}

/** The record as this window believes it is stored, if it has a belief. */
export function knownRecord<T extends Identified>(
  table: string,
  mapId: string,
  id: string,
): T | undefined {
  const own = written.get(recordKey(table, mapId, id));
  if (own !== undefined) return own as T;
  const list = shown.get(listKey(table, mapId));
  if (list === undefined) return undefined;
  const { index, found } = positionById(list, id);
  return found ? (list[index] as T) : undefined;
}

/** Notes a map as read or written; an older version than one already seen is ignored. */
export function noteMap<M extends Identified & { updatedAt: string }>(map: M): void {
  const known = maps.get(map.id);
  if (known === undefined || map.updatedAt >= known.updatedAt) maps.set(map.id, map);
}

export function knownMap<M extends { updatedAt: string }>(mapId: string): M | undefined {
  return maps.get(mapId) as M | undefined;
}

/** Whether a record read back is the one believed stored (undefined for none on both sides). */
export function sameRecord(stored: unknown, believed: unknown): boolean {
  if (stored === believed) return true;
  if (stored === undefined || believed === undefined) return false;
  // Structured clone keeps property order, so a record read back serialises as it was written; a
  // difference in order alone only costs a second write.
  return JSON.stringify(stored) === JSON.stringify(believed);
}

/** Forgets everything; for tests, as a belief decides only how fast a write is. */
export function forgetAllKnownRecords(): void {
  written.clear();
  shown.clear();
  maps.clear();
}
