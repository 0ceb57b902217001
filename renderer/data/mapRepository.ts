// Writes to whole maps: create, rename, duplicate, delete, import and read back for export. Each
// operation is one transaction, so a map is never left half made or half deleted.

import type { MapBundle, StakeMap } from '@shared/domain/types';
import type { Table } from 'dexie';
import { db, mapContentTables, mapRecordTables } from './db';
import { cancelledImport } from './importing/cancelled';
import { newId, nowTimestamp } from './ids';
import { recordsOfMap } from './mapRange';
import { trackWrite } from './saveStatus';
import { noteMapWritable } from './stagedExpansion';
import { readMapRecords, splitIntoParts, stagedPartRange, STAGE_FROM_RECORDS } from './stagedParts';

export const DEFAULT_MAP_NAME = 'Untitled map';

export function cleanMapName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return trimmed.length > 0 ? trimmed : DEFAULT_MAP_NAME;
}

export async function createMap(name: string): Promise<StakeMap> {
  const now = nowTimestamp();
  const map: StakeMap = {
    id: newId(),
    name: cleanMapName(name),
    description: '',
    createdAt: now,
    updatedAt: now,
  };
  await trackWrite(() => db.maps.add(map));
  noteMapWritable(map.id);
  return map;
}

export async function renameMap(mapId: string, name: string): Promise<void> {
  await trackWrite(() =>
    db.maps.update(mapId, { name: cleanMapName(name), updatedAt: nowTimestamp() }),
  );
}

export async function deleteMap(mapId: string): Promise<void> {
  await trackWrite(() =>
    db.transaction('rw', [db.maps, ...mapContentTables(db)], async () => {
      // One range delete per table, rather than reading every record to delete it by key.
      for (const table of mapRecordTables(db)) {
        await recordsOfMap<{ id: string }>(table, mapId).delete();
      }
      await stagedPartRange(mapId).delete();
      await db.maps.delete(mapId);
    }),
  );
}

/** Reads everything that belongs to a map, in one consistent snapshot. */
export async function loadBundle(mapId: string): Promise<MapBundle | undefined> {
  return db.transaction('r', [db.maps, ...mapContentTables(db)], async () => {
    const map = await db.maps.get(mapId);
    if (!map) return undefined;
    const [nodes, relationships, interactions, actions, messages] = await Promise.all([
      readMapRecords(db.nodes, mapId),
      readMapRecords(db.relationships, mapId),
      recordsOfMap(db.interactions, mapId).toArray(),
      recordsOfMap(db.actions, mapId).toArray(),
      recordsOfMap(db.messages, mapId).toArray(),
    ]);
    return { map, nodes, relationships, interactions, actions, messages };
  });
}

export interface BundleWriteOptions {
  /** Called after each chunk of records with how many are written out of how many. */
  onProgress?(written: number, total: number): void;
  /** Aborting between chunks rolls the whole transaction back; the promise rejects (AbortError). */
  signal?: AbortSignal;
}

/**
 * Records per bulkAdd. Between chunks the page gets to paint and the user's Cancel is seen, while
 * the whole map is still one transaction.
 */
const WRITE_CHUNK = 2000;

/**
 * Stores a complete map in one transaction: all of it, or (on any failure or cancel) nothing. A
 * large map's nodes and relationships are written as staged parts (stagedParts.ts), expanded into
 * records once the map is open or first written to.
 */
export async function saveNewBundle(
  bundle: MapBundle,
  { onProgress, signal }: BundleWriteOptions = {},
): Promise<void> {
  const { map, ...records } = bundle;
  const staged = records.nodes.length + records.relationships.length >= STAGE_FROM_RECORDS;
  const parts = staged ? splitIntoParts(map.id, records.nodes, records.relationships) : [];
  const total = Object.values(records).reduce((sum, list) => sum + list.length, 0);
  let written = 0;
  const stopIfCancelled = () => {
    if (signal?.aborted) throw cancelledImport();
  };
  const wrote = (count: number) => {
    written += count;
    onProgress?.(written, total);
  };
  const addAll = async <T>(table: Table<T>, list: readonly T[]) => {
    for (let start = 0; start < list.length; start += WRITE_CHUNK) {
      stopIfCancelled();
      const chunk = list.slice(start, start + WRITE_CHUNK);
      await table.bulkAdd(chunk);
      wrote(chunk.length);
    }
  };
  const addParts = async () => {
    for (const part of parts) {
      stopIfCancelled();
      await db.stagedParts.add(part);
      wrote(part.records.length);
    }
  };
  await trackWrite(() =>
    db.transaction('rw', [db.maps, ...mapContentTables(db)], async () => {
      await db.maps.add(map);
      if (staged) {
        await addParts();
      } else {
        await addAll(db.nodes, records.nodes);
        await addAll(db.relationships, records.relationships);
      }
      await addAll(db.interactions, records.interactions);
      await addAll(db.actions, records.actions);
      await addAll(db.messages, records.messages);
      stopIfCancelled();
    }),
  );
  if (!staged) noteMapWritable(map.id);
}

/** Gives a bundle to a new map id; records keep their ids, which are unique within a map. */
export function rehomeBundle(
  bundle: MapBundle,
  mapId: string,
  name: string,
  now: string,
): MapBundle {
  const withMap = <T extends { mapId: string }>(record: T): T => ({ ...record, mapId });
  return {
    map: { ...bundle.map, id: mapId, name, createdAt: now, updatedAt: now },
    nodes: bundle.nodes.map(withMap),
    relationships: bundle.relationships.map(withMap),
    interactions: bundle.interactions.map(withMap),
    actions: bundle.actions.map(withMap),
    messages: bundle.messages.map(withMap),
  };
}

export async function duplicateMap(mapId: string): Promise<StakeMap | undefined> {
  const original = await loadBundle(mapId);
  if (!original) return undefined;
  const copy = rehomeBundle(original, newId(), `${original.map.name} (copy)`, nowTimestamp());
  await saveNewBundle(copy);
  return copy.map;
}
