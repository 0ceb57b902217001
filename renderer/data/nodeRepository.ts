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
import { trackWrite } from './saveStatus';

/** The fields an editor may change directly; ids, map and timestamps are the repository's. */
export type NodeChanges = Partial<Omit<StakeNode, 'id' | 'mapId' | 'createdAt' | 'updatedAt'>>;

/**
 * Changes, or how to work them out from the node as stored when the write runs. An edit to one
 * field of a group (a person's details, the assessment) writes the whole group; built from the
 * copy on screen, two quick edits (type a role, then tick do-not-contact before the first write
 * comes back) would each start from the same old group and the second would undo the first.
 */
export type NodeUpdate = NodeChanges | ((stored: StakeNode) => NodeChanges);

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
  return trackWrite(() =>
    db.transaction('rw', db.maps, db.nodes, async () => {
      const ids = [...new Set(updates.map((update) => update.id))];
      // The map is read beside the nodes and stamped beside them (mapStamp.ts).
      const [stored, map] = await Promise.all([
        db.nodes.bulkGet(ids.map((id): MapScopedKey => [mapId, id])),
        db.maps.get(mapId),
      ]);
      const current = new Map<string, StakeNode>();
      stored.forEach((node) => node && current.set(node.id, node));
      const previous: Array<{ id: string; changes: NodeChanges }> = [];
      const changed = new Set<string>();
      for (const { id, changes: update } of updates) {
        const node = current.get(id);
        if (!node) continue;
        const changes = typeof update === 'function' ? update(node) : update;
        // Nothing to change (a bulk edit reaching a node that already has its values): no write.
        if (Object.keys(changes).length === 0) continue;
        const before: NodeChanges = {};
        for (const key of Object.keys(changes) as Array<keyof NodeChanges>) {
          Object.assign(before, { [key]: node[key] });
        }
        previous.push({ id, changes: before });
        current.set(id, withChanges(node, changes, now));
        changed.add(id);
      }
      await Promise.all([
        putInChunks([...changed].flatMap((id) => current.get(id) ?? [])),
        putMapStamped(map, now),
      ]);
      return previous;
    }),
  );
}

/**
 * Nodes per request when many are written at once (a layout, a bulk edit). Each put copies its
 * record on the page's thread; a layout's 1,000 in one request held the page for 400 ms. Between
 * chunks the page can paint; each chunk is asked for as the one before answers, which keeps the
 * transaction open, so the write is still all or nothing.
 */
const PUT_CHUNK = 250;

async function putInChunks(nodes: readonly StakeNode[]): Promise<void> {
  for (let start = 0; start < nodes.length; start += PUT_CHUNK) {
    await db.nodes.bulkPut(nodes.slice(start, start + PUT_CHUNK));
  }
}

/** A node with changes applied as Dexie's update() applies them: undefined removes a field. */
function withChanges(node: StakeNode, changes: NodeChanges, now: string): StakeNode {
  const next: StakeNode = { ...node, ...changes, updatedAt: now };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) Reflect.deleteProperty(next, key);
  }
  return next;
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
  return trackWrite(() =>
    db.transaction('rw', tables, async () => {
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
    }),
  );
}

/** Puts records back as they were (undoing a delete, redoing an add). */
export async function restoreRecords(mapId: string, records: RemovedRecords): Promise<void> {
  const tables = [db.maps, db.nodes, db.relationships, db.interactions, db.actions, db.messages];
  await trackWrite(() =>
    db.transaction('rw', tables, async () => {
      await Promise.all([
        db.nodes.bulkPut([...records.nodes, ...(records.ownedNodes ?? [])]),
        db.relationships.bulkPut(records.relationships),
        db.interactions.bulkPut(records.interactions ?? []),
        db.actions.bulkPut(records.actions ?? []),
        db.messages.bulkPut(records.messages ?? []),
        stampMap(mapId, nowTimestamp()),
      ]);
    }),
  );
}
