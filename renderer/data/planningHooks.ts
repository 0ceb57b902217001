// Live-query hooks for a map's contact log, actions and messages: the only way planning views
// read them. They re-render when IndexedDB changes, in this window or another.

import { useLiveQuery } from 'dexie-react-hooks';
import type { Action, Interaction, KeyMessage } from '@shared/domain/types';
import { db } from './db';
import { recordsOfMap } from './mapRange';

export function useMapInteractions(mapId: string): Interaction[] | undefined {
  return useLiveQuery(() => recordsOfMap(db.interactions, mapId).toArray(), [mapId]);
}

export function useMapActions(mapId: string): Action[] | undefined {
  return useLiveQuery(() => recordsOfMap(db.actions, mapId).toArray(), [mapId]);
}

export function useMapMessages(mapId: string): KeyMessage[] | undefined {
  return useLiveQuery(() => recordsOfMap(db.messages, mapId).toArray(), [mapId]);
}

/** The interactions one node took part in (for its contact history in the inspector). */
export function useNodeInteractions(mapId: string, nodeId: string): Interaction[] | undefined {
  return useLiveQuery(
    () =>
      recordsOfMap(db.interactions, mapId)
        .filter((entry) => entry.nodeIds.includes(nodeId))
        .toArray(),
    [mapId, nodeId],
  );
}
