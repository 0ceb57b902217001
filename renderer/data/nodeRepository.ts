// Writes to the nodes of one map. Each call is one transaction that also marks the map changed,
// and returns what an undo needs: the previous values, or the records it removed.

import { createNode } from '@shared/domain/nodes';
import { relationshipsTouching } from '@shared/domain/relationships';
import type { Position, Relationship, StakeNode } from '@shared/domain/types';
import type { NodeKind } from '@shared/domain/vocabulary';
import { db, type MapScopedKey } from './db';
import { newId, nowTimestamp } from './ids';
import { trackWrite } from './saveStatus';

/** The fields an editor may change directly; ids, map and timestamps are the repository's. */
export type NodeChanges = Partial<Omit<StakeNode, 'id' | 'mapId' | 'createdAt' | 'updatedAt'>>;

export interface NodeMove {
  id: string;
  position: Position;
}

/** What deleting nodes removed, so that restoring it puts the map back exactly. */
export interface RemovedRecords {
  nodes: StakeNode[];
  relationships: Relationship[];
}

export async function addNode(
  mapId: string,
  kind: NodeKind,
  label: string,
  position: Position,
): Promise<StakeNode> {
  const node = createNode({
    id: newId(),
    mapId,
    kind,
    label: label.trim(),
    position,
    now: nowTimestamp(),
  });
  await restoreRecords(mapId, { nodes: [node], relationships: [] });
  return node;
}

/** Applies changes to several nodes in one transaction; returns each node's previous values. */
export async function updateNodes(
  mapId: string,
  updates: ReadonlyArray<{ id: string; changes: NodeChanges }>,
): Promise<Array<{ id: string; changes: NodeChanges }>> {
  const now = nowTimestamp();
  return trackWrite(() =>
    db.transaction('rw', db.maps, db.nodes, async () => {
      const previous: Array<{ id: string; changes: NodeChanges }> = [];
      for (const { id, changes } of updates) {
        const current = await db.nodes.get([mapId, id]);
        if (!current) continue;
        const before: NodeChanges = {};
        for (const key of Object.keys(changes) as Array<keyof NodeChanges>) {
          Object.assign(before, { [key]: current[key] });
        }
        previous.push({ id, changes: before });
        await db.nodes.update([mapId, id], { ...changes, updatedAt: now });
      }
      await db.maps.update(mapId, { updatedAt: now });
      return previous;
    }),
  );
}

export async function updateNode(
  mapId: string,
  id: string,
  changes: NodeChanges,
): Promise<NodeChanges | undefined> {
  const [previous] = await updateNodes(mapId, [{ id, changes }]);
  return previous?.changes;
}

/** Moves nodes; returns where they were. */
export async function moveNodes(mapId: string, moves: readonly NodeMove[]): Promise<NodeMove[]> {
  if (moves.length === 0) return [];
  const previous = await updateNodes(
    mapId,
    moves.map((move) => ({
      id: move.id,
      changes: { position: { x: move.position.x, y: move.position.y } },
    })),
  );
  return previous.flatMap(({ id, changes }) =>
    changes.position ? [{ id, position: changes.position }] : [],
  );
}

/** Deletes nodes and every relationship that touches them; returns what went. */
export async function deleteNodes(mapId: string, ids: readonly string[]): Promise<RemovedRecords> {
  const idSet = new Set(ids);
  const now = nowTimestamp();
  return trackWrite(() =>
    db.transaction('rw', db.maps, db.nodes, db.relationships, async () => {
      const relationships = await db.relationships.where('mapId').equals(mapId).toArray();
      const doomed = relationshipsTouching(relationships, idSet);
      const keys = ids.map((id): MapScopedKey => [mapId, id]);
      const nodes = (await db.nodes.bulkGet(keys)).filter(
        (node): node is StakeNode => node !== undefined,
      );
      await db.relationships.bulkDelete(doomed.map((rel): MapScopedKey => [mapId, rel.id]));
      await db.nodes.bulkDelete(keys);
      await db.maps.update(mapId, { updatedAt: now });
      return { nodes, relationships: doomed };
    }),
  );
}

/** Puts nodes and relationships back as they were (undoing a delete, redoing an add). */
export async function restoreRecords(mapId: string, records: RemovedRecords): Promise<void> {
  await trackWrite(() =>
    db.transaction('rw', db.maps, db.nodes, db.relationships, async () => {
      await db.nodes.bulkPut(records.nodes);
      await db.relationships.bulkPut(records.relationships);
      await db.maps.update(mapId, { updatedAt: nowTimestamp() });
    }),
  );
}
