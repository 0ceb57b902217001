// Brings a Cytoscape instance in line with new element definitions by diffing, not rebuilding,
// so selection, viewport and a node under the user's pointer survive every live-query update.
// Runs against a headless instance in tests: no DOM or React in here.

import type { Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { Position } from '@shared/domain/types';
import { lightenElementIndexes } from './lightElementIndex';
import { placeNodes } from './placeNodes';
import { STATE_CLASSES } from './stateClasses';
import { ownCopy, type EdgeElement, type GraphElements, type NodeElement } from './toElements';

type Definition = NodeElement | EdgeElement;

// The definition each element of an instance was last brought in line with. Definitions are
// shared and unchanging (toElements.ts), so an element whose definition is the same object again
// is already as it says and is passed over: an edit patches one element, not all of them.
const appliedTo = new WeakMap<Core, Map<string, Definition>>();

// The edge list an instance last took whole. toElements hands back the same list while neither
// the relationships nor the node ids change, as after an edit, a move or a layout of nodes: then
// the 20,000 edges of a large map need not be looked at one by one (15 ms of every such patch).
const edgeListOf = new WeakMap<Core, readonly EdgeElement[]>();

// How many nodes an instance has, as of its last patch (only patches add or remove elements):
// asking Cytoscape means a pass over every element, 3 ms of each edit at 5,000 nodes.
const nodeCountOf = new WeakMap<Core, number>();

function appliedOf(cy: Core): Map<string, Definition> {
  let applied = appliedTo.get(cy);
  if (applied === undefined) {
    applied = new Map();
    appliedTo.set(cy, applied);
  }
  return applied;
}

export function patchGraph(cy: Core, elements: GraphElements): void {
  if (elements.edges === edgeListOf.get(cy) && patchNodesOnly(cy, elements.nodes)) return;
  const applied = appliedOf(cy);
  const wanted = new Map<string, Definition>();
  for (const def of elements.nodes) wanted.set(def.data.id, def);
  for (const def of elements.edges) wanted.set(def.data.id, def);
  const unchanged = (id: string, def: Definition | undefined) =>
    def !== undefined && applied.get(id) === def;

  cy.batch(() => {
    // Removing a node takes its edges with it; any still wanted are added back below.
    cy.remove(
      cy.elements().filter((ele) => {
        const id = ele.id();
        const def = wanted.get(id);
        return !unchanged(id, def) && !canKeep(ele, def);
      }),
    );

    const added: Definition[] = [];
    for (const [id, def] of wanted) {
      const ele = cy.getElementById(id);
      if (ele.empty()) added.push(def);
      else if (!unchanged(id, def)) updateElement(ele, def);
    }
    if (added.length > 0) addCopies(cy, added);
  });
  // Everything wanted is now on the canvas as its definition says; nothing else is.
  appliedTo.set(cy, wanted);
  edgeListOf.set(cy, elements.edges);
  nodeCountOf.set(cy, elements.nodes.length);
}

/**
 * Patches the nodes alone, when the edges are those already on the canvas. Only when every node
 * stays and none is added: a node removed would take edges with it, and one added may be an
 * edge's end. Returns false, having changed nothing, when that does not hold.
 */
function patchNodesOnly(cy: Core, nodes: readonly NodeElement[]): boolean {
  const applied = appliedOf(cy);
  if (nodes.length !== nodeCountOf.get(cy)) return false;
  // A definition the node was last patched to is on the canvas as it says, so only the others
  // are looked up; as many nodes as before and none new means none went either.
  const changed = nodes.filter((def) => applied.get(def.data.id) !== def);
  const elements = changed.map((def) => cy.getElementById(def.data.id));
  if (elements.some((ele) => ele.empty() || !ele.isNode())) return false;
  const moves: Array<{ node: NodeSingular; to: Position }> = [];
  cy.batch(() => {
    changed.forEach((def, index) => {
      const node = elements[index] as NodeSingular;
      updateData(node, def.data);
      updateClasses(node, def.classes);
      if (movesAway(node, def)) moves.push({ node, to: def.position });
      applied.set(def.data.id, def);
    });
    if (moves.length < PLACE_TOGETHER_FROM) {
      for (const { node, to } of moves) node.position({ ...to });
    }
  });
  if (moves.length >= PLACE_TOGETHER_FROM) placeTogether(cy, moves);
  return true;
}

/**
 * From this many nodes moved by one patch (undoing or redoing a layout), they are placed as a
 * layout places them: in one step, then measured in slices. One by one, at 5,000 nodes, the patch
 * and the frame after it held the page for about 0.9 s.
 */
const PLACE_TOGETHER_FROM = 500;

function placeTogether(cy: Core, moves: ReadonlyArray<{ node: NodeSingular; to: Position }>) {
  const to = new Map(moves.map((move) => [move.node.id(), move.to]));
  // Merged into one collection in place, not a new one per node.
  const nodes = cy.collection();
  for (const move of moves) nodes.merge(move.node);
  placeNodes(cy, nodes, (node) => to.get(node.id()) ?? node.position());
}

/**
 * Adds a large map's edges after its nodes (stageEdges.ts), remembered as a patch would: the list
 * is then on the canvas whole, so a later patch with the same list leaves the edges be.
 */
export function addDefinitions(cy: Core, defs: readonly EdgeElement[]) {
  const applied = appliedOf(cy);
  for (const def of defs) applied.set(def.data.id, def);
  edgeListOf.set(cy, defs);
  return addCopies(cy, defs);
}

/** Each element from its own copy of its definition (see ownCopy), with a light index. */
function addCopies(cy: Core, defs: readonly Definition[]) {
  const added = cy.add(defs.map(ownCopy));
  lightenElementIndexes(added);
  return added;
}

/** An element can be patched in place unless it changed group or (for edges) its ends. */
function canKeep(ele: SingularElementArgument, def: Definition | undefined): boolean {
  if (def === undefined) return false;
  if (def.group === 'nodes') return ele.isNode();
  return (
    ele.isEdge() && ele.source().id() === def.data.source && ele.target().id() === def.data.target
  );
}

function updateElement(ele: SingularElementArgument, def: Definition): void {
  updateData(ele, def.data);
  updateClasses(ele, def.classes);
  if (def.group === 'nodes' && ele.isNode()) updatePosition(ele, def);
}

function updateData(ele: SingularElementArgument, data: Definition['data']): void {
  const changed: Record<string, unknown> = {};
  let anyChanged = false;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'id' || key === 'source' || key === 'target') continue;
    if (ele.data(key) !== value) {
      changed[key] = value;
      anyChanged = true;
    }
  }
  if (anyChanged) ele.data(changed);
}

/** Record classes are replaced; classes set from UI state (STATE_CLASSES) are kept. */
function updateClasses(ele: SingularElementArgument, recordClasses: readonly string[]): void {
  const current = ele.classes();
  const next = [...recordClasses, ...current.filter((name) => STATE_CLASSES.has(name))];
  const same = current.length === next.length && next.every((name) => current.includes(name));
  if (!same) ele.classes(next);
}

/**
 * Only a position that differs is written, and never one of a node the user is holding: the
 * update that follows a drag carries the position the node already has, and an update for some
 * other field must not snap a node back while it is being dragged.
 */
function updatePosition(node: NodeSingular, def: NodeElement): void {
  if (movesAway(node, def)) node.position({ ...def.position });
}

function movesAway(node: NodeSingular, def: NodeElement): boolean {
  if (node.grabbed()) return false;
  const { x, y } = node.position();
  return x !== def.position.x || y !== def.position.y;
}
