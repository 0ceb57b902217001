// Writes to the nodes of one map. Each call is one transaction that also marks the map changed,
// and returns what an undo needs: the previous values, or the records it removed. Deleting nodes
// also clears every reference to them (owners, contact log, actions, messages) in the same step.

import { createNode } from '@shared/domain/nodes';
import { detachNodes } from '@shared/domain/planning/records';
import { relationshipsTouching } from '@shared/domain/relationships';
import type {
  Action,
  Interaction,
  KeyMessage,
  Position,
  Relationship,
  StakeNode,
} from '@shared/domain/types';
import type { NodeKind } from '@shared/domain/vocabulary';
import { db, type MapScopedKey } from './db';
import { newId, nowTimestamp } from './ids';
import { recordsOfMap } from './mapRange';
import { putMapStamped, stampMap } from './mapStamp';
import { writeNodeUpdates, type NodeChanges, type NodeUpdate } from './nodeUpdates';
import { restagingWriteToMap, writeToMap } from './mapWrite';
import { STAGE_FROM_RECORDS } from './stagedParts';

export type { NodeChanges, NodeUpdate } from './nodeUpdates';

export interface NodeMove {
  id: string;
  position: Position;
}

/** What deleting nodes removed, so that restoring it puts the map back exactly. */
export interface RemovedRecords {
  nodes: StakeNode[];
  relationships: Relationship[];
  /**
   * Records that referred to the deleted nodes, as they were before: nodes they owned, and the
   * interactions, actions and messages that named them (an interaction that named only deleted
   * nodes is removed). Optional so that restoring just nodes and relationships needs no more.
   */
  ownedNodes?: StakeNode[];
  interactions?: Interaction[];
  actions?: Action[];
  messages?: KeyMessage[];
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

/**
 * Applies changes to several nodes in one transaction; returns each node's previous values. The
 * nodes are read and written in bulk (a layout moves every node: one request per node took
 * seconds at 5,000 nodes), and applied in order, so a node named twice gets both changes.
 */
export async function updateNodes(
  mapId: string,
  updates: ReadonlyArray<{ id: string; changes: NodeUpdate }>,
): Promise<Array<{ id: string; changes: NodeChanges }>> {
  const now = nowTimestamp();
  // Most of a large map's nodes at once: perhaps stored as parts (nodeRestage.ts).
  if (updates.length >= STAGE_FROM_RECORDS) {
    return restagingWriteToMap(mapId, [db.maps, db.nodes], () =>
      writeNodeUpdates(mapId, updates, now, { mayRestage: true }),
    );
  }
  // Touching nodes alone, this waits only for a large import's nodes, which are expanded first.
  return writeToMap(mapId, [db.maps, db.nodes], () => writeNodeUpdates(mapId, updates, now));
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

/** Deletes nodes, every relationship that touches them and every reference to them. */
export async function deleteNodes(mapId: string, ids: readonly string[]): Promise<RemovedRecords> {
  const idSet = new Set(ids);
  const now = nowTimestamp();
  const tables = [db.maps, db.nodes, db.relationships, db.interactions, db.actions, db.messages];
  return writeToMap(mapId, tables, async () => {
    const [allNodes, relationships, interactions, actions, messages, map] = await Promise.all([
      recordsOfMap(db.nodes, mapId).toArray(),
      recordsOfMap(db.relationships, mapId).toArray(),
      recordsOfMap(db.interactions, mapId).toArray(),
      recordsOfMap(db.actions, mapId).toArray(),
      recordsOfMap(db.messages, mapId).toArray(),
      db.maps.get(mapId),
    ]);
    const doomed = relationshipsTouching(relationships, idSet);
    const nodes = allNodes.filter((node) => idSet.has(node.id));
    const detached = detachNodes(idSet, { nodes: allNodes, interactions, actions, messages });
    const touched = <T extends { id: string }>(records: readonly T[], changed: Set<string>) =>
      records.filter((record) => changed.has(record.id));
    const idsOf = (records: ReadonlyArray<{ id: string }>) => new Set(records.map((r) => r.id));
    const key = (id: string): MapScopedKey => [mapId, id];
    const stamp = <T extends { updatedAt: string }>(record: T): T => ({
      ...record,
      updatedAt: now,
    });

    // All at once: they touch different records (detachNodes leaves the doomed nodes out).
    await Promise.all([
      db.relationships.bulkDelete(doomed.map((rel) => key(rel.id))),
      db.nodes.bulkDelete(nodes.map((node) => key(node.id))),
      db.nodes.bulkPut(detached.nodes.map(stamp)),
      db.interactions.bulkPut(detached.interactions.map(stamp)),
      db.interactions.bulkDelete(detached.removedInteractionIds.map(key)),
      db.actions.bulkPut(detached.actions.map(stamp)),
      db.messages.bulkPut(detached.messages.map(stamp)),
      putMapStamped(map, now),
    ]);
    return {
      nodes,
      relationships: doomed,
      ownedNodes: touched(allNodes, idsOf(detached.nodes)),
      interactions: touched(
        interactions,
        new Set([...idsOf(detached.interactions), ...detached.removedInteractionIds]),
      ),
      actions: touched(actions, idsOf(detached.actions)),
      messages: touched(messages, idsOf(detached.messages)),
    };
  });
}

/** Puts records back as they were (undoing a delete, redoing an add). */
export async function restoreRecords(mapId: string, records: RemovedRecords): Promise<void> {
  const tables = [db.maps, db.nodes, db.relationships, db.interactions, db.actions, db.messages];
  await writeToMap(mapId, tables, async () => {
    await Promise.all([
      db.nodes.bulkPut([...records.nodes, ...(records.ownedNodes ?? [])]),
      db.relationships.bulkPut(records.relationships),
      db.interactions.bulkPut(records.interactions ?? []),
      db.actions.bulkPut(records.actions ?? []),
      db.messages.bulkPut(records.messages ?? []),
      stampMap(mapId, nowTimestamp()),
    ]);
  });
}
