// Writes to the relationships of one map, each in one transaction that also marks the map changed.

import { createRelationship } from '@shared/domain/relationships';
import type { Relationship } from '@shared/domain/types';
import { db } from './db';
import { newId, nowTimestamp } from './ids';
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
  const now = nowTimestamp();
  const relationship = createRelationship({ id: newId(), mapId, sourceId, targetId, kind, now });
  await trackWrite(() =>
    db.transaction('rw', db.maps, db.relationships, async () => {
      await db.relationships.add(relationship);
      await db.maps.update(mapId, { updatedAt: now });
    }),
  );
  return relationship;
}

export async function updateRelationship(
  mapId: string,
  id: string,
  changes: RelationshipChanges,
): Promise<void> {
  const now = nowTimestamp();
  await trackWrite(() =>
    db.transaction('rw', db.maps, db.relationships, async () => {
      await db.relationships.update([mapId, id], { ...changes, updatedAt: now });
      await db.maps.update(mapId, { updatedAt: now });
    }),
  );
}

export async function deleteRelationship(mapId: string, id: string): Promise<void> {
  const now = nowTimestamp();
  await trackWrite(() =>
    db.transaction('rw', db.maps, db.relationships, async () => {
      await db.relationships.delete([mapId, id]);
      await db.maps.update(mapId, { updatedAt: now });
    }),
  );
}
