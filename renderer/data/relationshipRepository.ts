// Writes to the relationships of one map, each in one transaction that also marks the map changed,
// returning what an undo needs.

import { createRelationship } from '@shared/domain/relationships';
import type { Relationship } from '@shared/domain/types';
import { db } from './db';
import { newId, nowTimestamp } from './ids';
import { deleteRecord, updateRecord } from './mapRecordWrites';
import { restoreRecords } from './nodeRepository';

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
export function updateRelationship(
  mapId: string,
  id: string,
  changes: RelationshipChanges,
): Promise<RelationshipChanges | undefined> {
  return updateRecord(db.relationships, mapId, id, changes);
}

/** Deletes a relationship; returns it so an undo can put it back. */
export function deleteRelationship(mapId: string, id: string): Promise<Relationship | undefined> {
  return deleteRecord(db.relationships, mapId, id);
}
