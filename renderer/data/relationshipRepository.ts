// Writes to the relationships of one map, each in one transaction that also marks the map changed,
// returning what an undo needs.

import { createRelationship } from '@shared/domain/relationships';
import type { Relationship } from '@shared/domain/types';
import { db } from './db';
import { newId, nowTimestamp } from './ids';
import { putMapStamped } from './mapStamp';
import { restoreRecords } from './nodeRepository';
import { trackWrite } from './saveStatus';

export type RelationshipChanges = Partial<
  Omit<Relationship, 'id' | 'mapId' | 'sourceId' | 'targetId' | 'createdAt' | 'updatedAt'>
>;

export async function addRelationship(
  mapId: string,
  sourceId: string,
  targetId: string,
  kind: string,
): Promise<Relationship> {
  const relationship = createRelationship({
    id: newId(),
    mapId,
    sourceId,
    targetId,
    kind,
    now: nowTimestamp(),
  });
  await restoreRecords(mapId, { nodes: [], relationships: [relationship] });
  return relationship;
}

/** Applies changes; returns the previous values of the changed fields. */
export async function updateRelationship(
  mapId: string,
  id: string,
  changes: RelationshipChanges,
): Promise<RelationshipChanges | undefined> {
  const now = nowTimestamp();
  return trackWrite(() =>
    db.transaction('rw', db.maps, db.relationships, async () => {
      const [current, map] = await Promise.all([
        db.relationships.get([mapId, id]),
        db.maps.get(mapId),
      ]);
      if (!current) return undefined;
      const before: RelationshipChanges = {};
      for (const key of Object.keys(changes) as Array<keyof RelationshipChanges>) {
        Object.assign(before, { [key]: current[key] });
      }
      await Promise.all([
        db.relationships.put({ ...current, ...changes, updatedAt: now }),
        putMapStamped(map, now),
      ]);
      return before;
    }),
  );
}

/** Deletes a relationship; returns it so an undo can put it back. */
export async function deleteRelationship(
  mapId: string,
  id: string,
): Promise<Relationship | undefined> {
  const now = nowTimestamp();
  return trackWrite(() =>
    db.transaction('rw', db.maps, db.relationships, async () => {
      const [current, map] = await Promise.all([
        db.relationships.get([mapId, id]),
        db.maps.get(mapId),
      ]);
      if (!current) return undefined;
      await Promise.all([db.relationships.delete([mapId, id]), putMapStamped(map, now)]);
      return current;
    }),
  );
}
