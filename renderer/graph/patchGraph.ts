// Brings a Cytoscape instance in line with new element definitions by diffing, not rebuilding,
// so selection, viewport and a node under the user's pointer survive every live-query update.
// Runs against a headless instance in tests: no DOM or React in here.

import type { Core, ElementDefinition, NodeSingular, SingularElementArgument } from 'cytoscape';
import { STATE_CLASSES } from './stateClasses';
import type { EdgeElement, GraphElements, NodeElement } from './toElements';

type Definition = NodeElement | EdgeElement;

export function patchGraph(cy: Core, elements: GraphElements): void {
  const wanted = new Map<string, Definition>();
  for (const def of elements.nodes) wanted.set(def.data.id, def);
  for (const def of elements.edges) wanted.set(def.data.id, def);

  cy.batch(() => {
    // Removing a node takes its edges with it; any still wanted are added back below.
    cy.remove(cy.elements().filter((ele) => !canKeep(ele, wanted.get(ele.id()))));

    const added: ElementDefinition[] = [];
    for (const def of [...elements.nodes, ...elements.edges]) {
      const ele = cy.getElementById(def.data.id);
      if (ele.empty()) added.push(def);
      else updateElement(ele, def);
    }
    if (added.length > 0) cy.add(added);
  });
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
  if (node.grabbed()) return;
  const { x, y } = node.position();
  if (x !== def.position.x || y !== def.position.y) node.position({ ...def.position });
}
