// Live-query hooks: the only way the UI reads stored data. They re-render when IndexedDB changes,
// including changes made in another window on the same database.

import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { Relationship, StakeMap, StakeNode } from '@shared/domain/types';
import { db } from './db';
import { useMapRecords } from './mapRecords';
import { getSaveStatus, subscribeSaveStatus, type SaveStatus } from './saveStatus';

export interface MapSummary {
  map: StakeMap;
  nodeCount: number;
  relationshipCount: number;
}

/** Every map, most recently changed first, with its size; undefined while loading. */
export function useMapSummaries(): MapSummary[] | undefined {
  return useLiveQuery(async () => {
    const maps = await db.maps.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      maps.map(async (map) => ({
        map,
        nodeCount: await db.nodes.where('mapId').equals(map.id).count(),
        relationshipCount: await db.relationships.where('mapId').equals(map.id).count(),
      })),
    );
  }, []);
}

/** One map; undefined while loading, null when it does not exist. */
export function useMap(mapId: string): StakeMap | null | undefined {
  return useLiveQuery(async () => (await db.maps.get(mapId)) ?? null, [mapId]);
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
