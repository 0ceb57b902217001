// Shared writes for a map's record tables (relationships, interactions, actions, messages): put,
// update and delete one map's records, each in one transaction that also marks the map changed,
// returning what an undo needs. The typed repositories beside this file are what commands call.

import type { Table } from 'dexie';
import type { StakeMap } from '@shared/domain/types';
import { db, type MapScopedKey } from './db';
import { nowTimestamp } from './ids';
import { knownMap, knownRecord, noteRecords, sameRecord } from './knownRecords';
import { putMapStamped, stampMap } from './mapStamp';
import { writeToMap } from './mapWrite';

export interface MapRecord {
  id: string;
  mapId: string;
  createdAt: string;
  updatedAt: string;
}

/** The fields an editor may change; ids, map and timestamps are the repository's. */
export type RecordChanges<R extends MapRecord> = Partial<
  Omit<R, 'id' | 'mapId' | 'createdAt' | 'updatedAt'>
>;

/** Stores records as given (adding new ones, or putting back what an undo restores). */
export async function putRecords<R extends MapRecord>(
  table: Table<R, MapScopedKey>,
  mapId: string,
  records: readonly R[],
): Promise<void> {
  await writeToMap(mapId, [db.maps, table], async () => {
    await Promise.all([table.bulkPut([...records]), stampMap(mapId, nowTimestamp())]);
  });
}

/**
 * Applies changes to one record; returns the previous values of the changed fields. A table may
 * narrow what can change (a relationship's ends cannot): the previous values come back as that.
 * A record this window knows is written beside its read and checked before the transaction ends
 * (knownRecords.ts); any other is read first, then written.
 */
export async function updateRecord<
  R extends MapRecord,
  Changes extends RecordChanges<R> = RecordChanges<R>,
>(
  table: Table<R, MapScopedKey>,
  mapId: string,
  id: string,
  changes: Changes,
): Promise<Changes | undefined> {
  const now = nowTimestamp();
  const write = (record: R, map: StakeMap | undefined) => {
    const next = { ...record, ...changes, updatedAt: now };
    noteRecords(table.name, mapId, [next]);
    return Promise.all([table.put(next), putMapStamped(map, now)]);
  };
  return writeToMap(mapId, [db.maps, table], async () => {
    // Both reads go out at once; typed as stored (Dexie's typing wraps R in Awaited).
    const read = (): Promise<[R | undefined, StakeMap | undefined]> =>
      Promise.all([table.get([mapId, id]) as Promise<R | undefined>, db.maps.get(mapId)]);
    const believed = knownRecord<R>(table.name, mapId, id);
    const believedMap = knownMap<StakeMap>(mapId);
    if (believed !== undefined && believedMap !== undefined) {
      // The reads go out before the writes, so they answer with what was stored before them.
      const [[current, map]] = await Promise.all([read(), write(believed, believedMap)]);
      if (sameRecord(current, believed) && sameRecord(map, believedMap)) {
        return previousValues(believed, changes);
      }
      // Changed meanwhile (another window, a failed write): as if it had been read first.
      if (current === undefined) {
        await Promise.all([
          table.delete([mapId, id]),
          map === undefined ? db.maps.delete(mapId) : db.maps.put(map),
        ]);
        return undefined;
      }
      // A map deleted meanwhile is not brought back by the stamp written beside the read.
      await Promise.all([write(current, map), map === undefined ? db.maps.delete(mapId) : null]);
      return previousValues(current, changes);
    }
    const [current, map] = await read();
    if (!current) return undefined;
    await write(current, map);
    return previousValues(current, changes);
  });
}

/** The stored values of the fields `changes` names. */
function previousValues<R extends MapRecord, Changes extends RecordChanges<R>>(
  current: R,
  changes: Changes,
): Changes {
  const before: Partial<R> = {};
  for (const key of Object.keys(changes) as Array<keyof Changes & keyof R>) {
    before[key] = current[key];
  }
  // Exactly the keys of `changes`, each with its stored value.
  return before as unknown as Changes;
}

/** Deletes one record; returns it so an undo can put it back. */
export async function deleteRecord<R extends MapRecord>(
  table: Table<R, MapScopedKey>,
  mapId: string,
  id: string,
): Promise<R | undefined> {
  return writeToMap(mapId, [db.maps, table], async () => {
    const [current, map] = await Promise.all([table.get([mapId, id]), db.maps.get(mapId)]);
    if (!current) return undefined;
    await Promise.all([table.delete([mapId, id]), putMapStamped(map, nowTimestamp())]);
    return current;
  });
}
