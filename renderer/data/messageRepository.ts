// Writes to the key-message library of one map, audiences and deliveries included (they live
// inside the message record). Each call is one transaction that returns what an undo needs.

import { createMessage } from '@shared/domain/planning/records';
import type { KeyMessage } from '@shared/domain/types';
import { db } from './db';
import { newId, nowTimestamp } from './ids';
import { deleteRecord, putRecords, updateRecord, type RecordChanges } from './mapRecordWrites';

export type MessageChanges = RecordChanges<KeyMessage>;

export async function addMessage(mapId: string, title: string): Promise<KeyMessage> {
  const message = createMessage({ id: newId(), mapId, now: nowTimestamp() }, title);
  await putRecords(db.messages, mapId, [message]);
  return message;
}

export function restoreMessages(mapId: string, records: readonly KeyMessage[]): Promise<void> {
  return putRecords(db.messages, mapId, records);
}

export function updateMessage(
  mapId: string,
  id: string,
  changes: MessageChanges,
): Promise<MessageChanges | undefined> {
  return updateRecord(db.messages, mapId, id, changes);
}

export function deleteMessage(mapId: string, id: string): Promise<KeyMessage | undefined> {
  return deleteRecord(db.messages, mapId, id);
}

/** A new id for a delivery inside a message. */
export function newDeliveryId(): string {
  return newId();
}
