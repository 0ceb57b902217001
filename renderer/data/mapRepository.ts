// Writes to whole maps: create, rename, duplicate, delete, import and read back for export. Each
// operation is one transaction, so a map is never left half made or half deleted.

import type { MapBundle, StakeMap } from '@shared/domain/types';
import { db, mapContentTables, mapRecordTables } from './db';
import { cancelledImport } from './importing/cancelled';
import { newId, nowTimestamp } from './ids';
import { recordsOfMap } from './mapRange';
import { dropOpenCopy } from './openCopies';
import { trackWrite } from './saveStatus';
import { noteMapWritable } from './stagedExpansion';
import { addNewMapRecords, recordCount } from './newMapRecords';
import { readMapRecords, stagedPartRange } from './stagedParts';

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
      await dropOpenCopy(mapId);
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
 * Stores a complete map in one transaction: all of it, or (on any failure or cancel) nothing. A
 * large map's nodes and relationships are written as staged parts (stagedParts.ts), expanded into
 * records once the map is open or first written to.
 */
export async function saveNewBundle(
  bundle: MapBundle,
  { onProgress, signal }: BundleWriteOptions = {},
): Promise<void> {
  const total = recordCount(bundle);
  let written = 0;
  const adding = {
    wrote: (count: number) => {
      written += count;
      onProgress?.(written, total);
    },
    stopIfCancelled: () => {
      if (signal?.aborted) throw cancelledImport();
    },
  };
  await trackWrite(() =>
    db.transaction('rw', [db.maps, ...mapContentTables(db)], async () => {
      await addNewMapRecords(bundle, adding);
      adding.stopIfCancelled();
    }),
  );
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
