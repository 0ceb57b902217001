// Writes to the relationships of one map, each in one transaction that also marks the map changed,
// returning what an undo needs.

import { createRelationship } from '@shared/domain/relationships';
import type { Relationship } from '@shared/domain/types';
import { db } from './db';
import { newId, nowTimestamp } from './ids';
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
      const current = await db.relationships.get([mapId, id]);
      if (!current) return undefined;
      const before: RelationshipChanges = {};
      for (const key of Object.keys(changes) as Array<keyof RelationshipChanges>) {
        Object.assign(before, { [key]: current[key] });
      }
      await db.relationships.update([mapId, id], { ...changes, updatedAt: now });
      await db.maps.update(mapId, { updatedAt: now });
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
      const current = await db.relationships.get([mapId, id]);
      await db.relationships.delete([mapId, id]);
      await db.maps.update(mapId, { updatedAt: now });
      return current;
    }),
  );
}
