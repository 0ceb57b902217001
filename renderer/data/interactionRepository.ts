// Writes to the contact log of one map. Each call is one transaction that also marks the map
// changed and returns what an undo needs; commands in renderer/commands/ record the undo.

import { createInteraction } from '@shared/domain/planning/records';
import type { Interaction } from '@shared/domain/types';
import { db } from './db';
import { newId, nowTimestamp } from './ids';
import { deleteRecord, putRecords, updateRecord, type RecordChanges } from './mapRecordWrites';

export type InteractionChanges = RecordChanges<Interaction>;
export type NewInteraction = Parameters<typeof createInteraction>[1];

export async function addInteraction(mapId: string, fields: NewInteraction): Promise<Interaction> {
  const interaction = createInteraction({ id: newId(), mapId, now: nowTimestamp() }, fields);
  await putRecords(db.interactions, mapId, [interaction]);
  return interaction;
}

export function restoreInteractions(mapId: string, records: readonly Interaction[]): Promise<void> {
  return putRecords(db.interactions, mapId, records);
}

export function updateInteraction(
  mapId: string,
  id: string,
  changes: InteractionChanges,
): Promise<InteractionChanges | undefined> {
  return updateRecord(db.interactions, mapId, id, changes);
}

export function deleteInteraction(mapId: string, id: string): Promise<Interaction | undefined> {
  return deleteRecord(db.interactions, mapId, id);
}
