// Every node of a map put in a new place in one step, as a layout does. Cytoscape moves nodes one
// at a time: each move marks the node and each of its edges as needing measuring again, and tells
// the renderer so, node by node (at 5,000 nodes and 20,000 edges, 0.2 s of a layout's longest
// task). Here the places are written first, then every moved node and edge is marked and
// announced once, which is what those single moves add up to for nodes that are neither locked nor
// in a group.
// It reaches into Cytoscape's elements, which is not public API: if the parts it needs are
// missing, Cytoscape's own moves are used.

import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Position } from '@shared/domain/types';
import { measureInSlices } from './measureInSlices';

/** The parts of a Cytoscape collection (internal) this uses. */
interface InternalCollection {
  dirtyBoundingBoxCache(): unknown;
  emitAndNotify(event: string): unknown;
}

/** Where Cytoscape keeps a node's place (internal): the object its own moves write into. */
interface PlacedNode {
  _private: { position: Position };
}

function hasInternals(collection: unknown): boolean {
  return ['dirtyBoundingBoxCache', 'emitAndNotify'].every(
    (name) => typeof Reflect.get(collection as object, name) === 'function',
  );
}

function positionRecordOf(node: NodeSingular): Position | undefined {
  const position = (node as unknown as Partial<PlacedNode>)._private?.position;
  return typeof position === 'object' && position !== null ? position : undefined;
}

/** Whether the shortcut gives exactly what Cytoscape's own moves would for these nodes. */
function canPlaceAtOnce(nodes: NodeCollection): boolean {
  if (!hasInternals(nodes)) return false;
  // A group's move drags its members along and resizes the groups around it; a locked node
  // stays put. Neither is in a Stakemap map; Cytoscape handles them if they ever are.
  const plain = (node: NodeSingular) =>
    !node.locked() && !node.isParent() && !node.isChild() && positionRecordOf(node) !== undefined;
  return nodes.filter((node) => !plain(node)).empty();
}

/**
 * Moves each of `nodes` to `positionOf(node)`, as one change, then has them and their edges
 * measured in slices with the canvas's frames held (measureInSlices.ts), once `measureAfter` (a
 * save of the move, say) has settled. That is not waited for: the positions are on the canvas at
 * once.
 */
export function placeNodes(
  cy: Core,
  nodes: NodeCollection,
  positionOf: (node: NodeSingular) => Position,
  measureAfter?: Promise<unknown>,
): void {
  if (nodes.empty()) return;
  moveAll(cy, nodes, positionOf);
  void measureInSlices(cy, nodes, { after: measureAfter });
}

/** The move itself: every node and each of its edges marked and announced as moved. */
function moveAll(
  cy: Core,
  nodes: NodeCollection,
  positionOf: (node: NodeSingular) => Position,
): void {
  if (!canPlaceAtOnce(nodes)) {
    nodes.positions((node) => positionOf(node as NodeSingular));
    return;
  }
  cy.batch(() => {
    nodes.forEach((node) => {
      const record = positionRecordOf(node) as Position;
      const { x, y } = positionOf(node);
      record.x = x;
      record.y = y;
    });
    // Separately: their union would check every edge against every node already in it.
    (nodes as unknown as InternalCollection).dirtyBoundingBoxCache();
    (nodes.connectedEdges() as unknown as InternalCollection).dirtyBoundingBoxCache();
    (nodes as unknown as InternalCollection).emitAndNotify('position');
  });
}
