// Every change a user makes to a map goes through here: each function writes through a repository
// and records how to undo and redo it, so the toolbar, keyboard shortcuts, menus and the inspector
// all share one history.

import { planBulkEdit, type BulkNodeEdit } from '@shared/domain/bulkEdit';
import type { Position, Relationship, StakeNode } from '@shared/domain/types';
import type { NodeKind } from '@shared/domain/vocabulary';
import {
  addNode,
  deleteNodes,
  restoreRecords,
  updateNodes,
  type NodeChanges,
  type NodeMove,
  type NodeUpdate,
  type RemovedRecords,
} from '../data/nodeRepository';
import {
  addRelationship,
  deleteRelationship,
  updateRelationship,
  type RelationshipChanges,
} from '../data/relationshipRepository';
import { recordHistory } from '../state/history';

async function nothing(): Promise<void> {}

export async function addNodeCommand(
  mapId: string,
  kind: NodeKind,
  label: string,
  position: Position,
): Promise<StakeNode> {
  const node = await addNode(mapId, kind, label, position);
  recordHistory(mapId, {
    label: `add ${node.label || 'node'}`,
    undo: () => deleteNodes(mapId, [node.id]).then(nothing),
    redo: () => restoreRecords(mapId, { nodes: [node], relationships: [] }),
  });
  return node;
}

/**
 * Edits nodes as one undoable step. Changes given as a function are worked out from each node as
 * stored when the write runs (see NodeUpdate), so that a field changed elsewhere and not yet
 * shown is not written back as the screen had it.
 */
export async function editNodesCommand(
  mapId: string,
  updates: ReadonlyArray<{ id: string; changes: NodeUpdate }>,
  label: string,
): Promise<void> {
  const previous = await updateNodes(mapId, updates);
  if (previous.length === 0) return;
  recordHistory(mapId, {
    label,
    undo: () => updateNodes(mapId, previous).then(nothing),
    // Undo put the nodes back as they were, so working changes out again gives the same ones.
    redo: () => updateNodes(mapId, updates).then(nothing),
  });
}

export function editNodeCommand(
  mapId: string,
  id: string,
  changes: NodeUpdate,
  label = 'edit node',
): Promise<void> {
  return editNodesCommand(mapId, [{ id, changes }], label);
}

/**
 * Applies one bulk edit to several nodes as one transaction and one undoable step; resolves with
 * how many nodes it changed (nodes that already had every value are left alone). Each node's
 * changes are worked out from the node as stored when the write runs, as the inspector's own
 * edits are, so an edit still on its way is not overwritten with what the screen showed.
 */
export async function bulkEditNodesCommand(
  mapId: string,
  ids: readonly string[],
  edit: BulkNodeEdit,
): Promise<number> {
  const changesFrom = (stored: StakeNode): NodeChanges =>
    planBulkEdit([stored], edit)[0]?.changes ?? {};
  const updates = ids.map((id) => ({ id, changes: changesFrom }));
  const previous = await updateNodes(mapId, updates);
  if (previous.length === 0) return 0;
  recordHistory(mapId, {
    label: `edit ${previous.length} nodes`,
    undo: () => updateNodes(mapId, previous).then(nothing),
    // Undo put every node back as it was, so working the changes out again gives the same ones.
    redo: () => updateNodes(mapId, updates).then(nothing),
  });
  return previous.length;
}

/** Moves nodes (a drag, a nudge or a whole layout) as one undoable step. */
export function moveNodesCommand(
  mapId: string,
  moves: readonly NodeMove[],
  label = 'move',
): Promise<void> {
  return editNodesCommand(
    mapId,
    moves.map((move) => ({ id: move.id, changes: { position: move.position } })),
    label,
  );
}

export async function deleteNodesCommand(
  mapId: string,
  ids: readonly string[],
): Promise<RemovedRecords> {
  const removed = await deleteNodes(mapId, ids);
  recordHistory(mapId, {
    label:
      removed.nodes.length === 1
        ? `delete ${removed.nodes[0]?.label ?? 'node'}`
        : `delete ${removed.nodes.length} nodes`,
    undo: () => restoreRecords(mapId, removed),
    redo: () => deleteNodes(mapId, ids).then(nothing),
  });
  return removed;
}

export async function addRelationshipCommand(
  mapId: string,
  sourceId: string,
  targetId: string,
  kind: string,
): Promise<Relationship> {
  const relationship = await addRelationship(mapId, sourceId, targetId, kind);
  recordHistory(mapId, {
    label: 'connect',
    undo: () => deleteRelationship(mapId, relationship.id).then(nothing),
    redo: () => restoreRecords(mapId, { nodes: [], relationships: [relationship] }),
  });
  return relationship;
}

export async function editRelationshipCommand(
  mapId: string,
  id: string,
  changes: RelationshipChanges,
): Promise<void> {
  const previous = await updateRelationship(mapId, id, changes);
  if (!previous) return;
  recordHistory(mapId, {
    label: 'edit relationship',
    undo: () => updateRelationship(mapId, id, previous).then(nothing),
    redo: () => updateRelationship(mapId, id, changes).then(nothing),
  });
}

export async function deleteRelationshipCommand(mapId: string, id: string): Promise<void> {
  const removed = await deleteRelationship(mapId, id);
  if (!removed) return;
  recordHistory(mapId, {
    label: 'delete relationship',
    undo: () => restoreRecords(mapId, { nodes: [], relationships: [removed] }),
    redo: () => deleteRelationship(mapId, id).then(nothing),
  });
}
