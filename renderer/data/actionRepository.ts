// Writes to the actions of one map. Each call is one transaction that also marks the map changed
// and returns what an undo needs; commands in renderer/commands/ record the undo.

import { createAction } from '@shared/domain/planning/records';
import type { Action } from '@shared/domain/types';
import { db } from './db';
import { newId, nowTimestamp } from './ids';
import { deleteRecord, putRecords, updateRecord, type RecordChanges } from './mapRecordWrites';

export type ActionChanges = RecordChanges<Action>;
export type NewAction = Parameters<typeof createAction>[1];

export async function addAction(mapId: string, fields: NewAction): Promise<Action> {
  const action = createAction({ id: newId(), mapId, now: nowTimestamp() }, fields);
  await putRecords(db.actions, mapId, [action]);
  return action;
}

export function restoreActions(mapId: string, records: readonly Action[]): Promise<void> {
  return putRecords(db.actions, mapId, records);
}

export function updateAction(
  mapId: string,
  id: string,
  changes: ActionChanges,
): Promise<ActionChanges | undefined> {
  return updateRecord(db.actions, mapId, id, changes);
}

export function deleteAction(mapId: string, id: string): Promise<Action | undefined> {
  return deleteRecord(db.actions, mapId, id);
}
