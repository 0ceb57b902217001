// Live-query hooks: the only way the UI reads stored data. They re-render when IndexedDB changes,
// including changes made in another window on the same database.

import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { Relationship, StakeMap, StakeNode } from '@shared/domain/types';
import { db } from './db';
import { noteMap } from './knownRecords';
import { useMapRecords } from './mapRecords';
import { getSaveStatus, subscribeSaveStatus, type SaveStatus } from './saveStatus';
import { countMapRecords } from './stagedParts';

/** Every map, most recently changed first; undefined while loading. */
export function useMaps(): StakeMap[] | undefined {
  return useLiveQuery(() => db.maps.orderBy('updatedAt').reverse().toArray(), []);
}

export interface MapSize {
  nodeCount: number;
  relationshipCount: number;
}

/**
 * Each map's size by map id; undefined while counting. Apart from useMaps so the list shows, and
 * opens, before the counting is done: counting reads every key of a map (tens of milliseconds
 * for a 5,000-node map). Counted over each map's primary-key range (mapRange.ts), which was three
 * to four times faster than over a mapId index (25,000 records: 35–70 ms against 125–215).
 */
export function useMapSizes(): ReadonlyMap<string, MapSize> | undefined {
  return useLiveQuery(async () => {
    const mapIds = await db.maps.toCollection().primaryKeys();
    const sizes = await Promise.all(
      mapIds.map(async (mapId) => {
        const [nodeCount, relationshipCount] = await Promise.all([
          countMapRecords(db.nodes, mapId),
          countMapRecords(db.relationships, mapId),
        ]);
        const size: MapSize = { nodeCount, relationshipCount };
        return [mapId, size] as const;
      }),
    );
    return new Map(sizes);
  }, []);
}

/** One map; undefined while loading, null when it does not exist. */
export function useMap(mapId: string): StakeMap | null | undefined {
  return useLiveQuery(async () => {
    const map = await db.maps.get(mapId);
    // Edits to the open map can then stamp it without reading it first (knownRecords.ts).
    if (map) noteMap(map);
    return map ?? null;
  }, [mapId]);
}

/** One map's nodes, in id order; undefined while loading. Patched per write (see mapRecords). */
export function useMapNodes(mapId: string): StakeNode[] | undefined {
  return useMapRecords(db.nodes, mapId);
}

/** One map's relationships, in id order; undefined while loading. */
export function useMapRelationships(mapId: string): Relationship[] | undefined {
  return useMapRecords(db.relationships, mapId);
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(subscribeSaveStatus, getSaveStatus);
}
