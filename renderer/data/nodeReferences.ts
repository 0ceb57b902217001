// Reads what deleting nodes would change elsewhere on the map (contacts, actions, messages,
// owners), in one read transaction, for the question the editor asks before such a delete.

import { countReferences, type NodeReferences } from '@shared/domain/planning/references';
import { db } from './db';
import { recordsOfMap } from './mapRange';
import { readMapRecords } from './stagedParts';

export async function nodeReferences(
  mapId: string,
  ids: readonly string[],
): Promise<NodeReferences> {
  const tables = [db.nodes, db.stagedParts, db.interactions, db.actions, db.messages];
  return db.transaction('r', tables, async () => {
    const [nodes, interactions, actions, messages] = await Promise.all([
      readMapRecords(db.nodes, mapId),
      recordsOfMap(db.interactions, mapId).toArray(),
      recordsOfMap(db.actions, mapId).toArray(),
      recordsOfMap(db.messages, mapId).toArray(),
    ]);
    return countReferences(new Set(ids), { nodes, interactions, actions, messages });
  });
}
