// Writes to the nodes of one map. Each call is one transaction that also marks the map changed;
// deleting nodes takes their relationships with them in the same transaction.

import { createNode } from '@shared/domain/nodes';
import { relationshipsTouching } from '@shared/domain/relationships';
import type { Position, StakeNode } from '@shared/domain/types';
import type { NodeKind } from '@shared/domain/vocabulary';
import { db } from './db';
import { newId, nowTimestamp } from './ids';
import { trackWrite } from './saveStatus';

/** The fields an editor may change directly; ids, map and timestamps are the repository's. */
export type NodeChanges = Partial<Omit<StakeNode, 'id' | 'mapId' | 'createdAt' | 'updatedAt'>>;

export interface NodeMove {
  id: string;
  position: Position;
}

export async function addNode(
  mapId: string,
  kind: NodeKind,
  label: string,
  position: Position,
): Promise<StakeNode> {
  const now = nowTimestamp();
  const node = createNode({ id: newId(), mapId, kind, label: label.trim(), position, now });
  await trackWrite(() =>
    db.transaction('rw', db.maps, db.nodes, async () => {
      await db.nodes.add(node);
      await db.maps.update(mapId, { updatedAt: now });
    }),
  );
  return node;
}

export async function updateNode(mapId: string, id: string, changes: NodeChanges): Promise<void> {
  const now = nowTimestamp();
  await trackWrite(() =>
    db.transaction('rw', db.maps, db.nodes, async () => {
      await db.nodes.update([mapId, id], { ...changes, updatedAt: now });
      await db.maps.update(mapId, { updatedAt: now });
    }),
  );
}

export async function moveNodes(mapId: string, moves: readonly NodeMove[]): Promise<void> {
  if (moves.length === 0) return;
  const now = nowTimestamp();
  await trackWrite(() =>
    db.transaction('rw', db.maps, db.nodes, async () => {
      await db.nodes.bulkUpdate(
        moves.map((move) => ({
          key: [mapId, move.id] as [string, string],
          changes: { position: { x: move.position.x, y: move.position.y }, updatedAt: now },
        })),
      );
      await db.maps.update(mapId, { updatedAt: now });
    }),
  );
}

/** Deletes nodes and every relationship that touches them; returns how many relationships went. */
export async function deleteNodes(mapId: string, ids: readonly string[]): Promise<number> {
  const idSet = new Set(ids);
  const now = nowTimestamp();
  return trackWrite(() =>
    db.transaction('rw', db.maps, db.nodes, db.relationships, async () => {
      const relationships = await db.relationships.where('mapId').equals(mapId).toArray();
      const doomed = relationshipsTouching(relationships, idSet);
      await db.relationships.bulkDelete(doomed.map((rel) => [mapId, rel.id] as [string, string]));
      await db.nodes.bulkDelete(ids.map((id) => [mapId, id] as [string, string]));
      await db.maps.update(mapId, { updatedAt: now });
      return doomed.length;
    }),
  );
}
