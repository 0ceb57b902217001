// Adding a whole new map's records inside a caller's transaction: the one writer behind an import
// (mapRepository.saveNewBundle) and a restore of every map (backupArchive.importEverythingText).
// A large map's nodes and relationships go in as staged parts (stagedParts.ts), in chunks between
// which the caller's Cancel is seen; the transaction stays one, so a failure leaves nothing.

import type { Table } from 'dexie';
import type { MapBundle } from '@shared/domain/types';
import { db } from './db';
import { noteMapWritable } from './stagedExpansion';
import { splitIntoParts, STAGE_FROM_RECORDS } from './stagedParts';

/**
 * Records per bulkAdd. Between chunks the page gets to paint and the user's Cancel is seen, while
 * the whole map is still one transaction.
 */
const WRITE_CHUNK = 2000;

export interface RecordAdding {
  /** Called after each chunk or part with how many records it held. */
  wrote?(count: number): void;
  /** Called between chunks; throws to roll the transaction back. */
  stopIfCancelled?(): void;
}

/** How many records a map holds beside the map itself. */
export function recordCount({ map: _map, ...records }: MapBundle): number {
  return Object.values(records).reduce((sum, list) => sum + list.length, 0);
}

/**
 * Adds a new map and its records. Call inside a read-write transaction over db.maps and
 * mapContentTables(db).
 */
export async function addNewMapRecords(
  bundle: MapBundle,
  { wrote = () => {}, stopIfCancelled = () => {} }: RecordAdding = {},
): Promise<void> {
  const { map, ...records } = bundle;
  const staged = records.nodes.length + records.relationships.length >= STAGE_FROM_RECORDS;
  const addAll = async <T>(table: Table<T>, list: readonly T[]) => {
    for (let start = 0; start < list.length; start += WRITE_CHUNK) {
      stopIfCancelled();
      const chunk = list.slice(start, start + WRITE_CHUNK);
      await table.bulkAdd(chunk);
      wrote(chunk.length);
    }
  };
  await db.maps.add(map);
  if (staged) {
    for (const part of splitIntoParts(map.id, records.nodes, records.relationships)) {
      stopIfCancelled();
      await db.stagedParts.add(part);
      wrote(part.records.length);
    }
  } else {
    await addAll(db.nodes, records.nodes);
    await addAll(db.relationships, records.relationships);
    // Its writes need not look for parts. Said before the commit, which is harmless: should the
    // transaction fail, no map has this new id.
    noteMapWritable(map.id);
  }
  await addAll(db.interactions, records.interactions);
  await addAll(db.actions, records.actions);
  await addAll(db.messages, records.messages);
}
