// Shows UI state on the canvas: which element is selected, which node is the connect source and
// what the filter leaves out. These follow props; they never emit callbacks, so syncing cannot
// loop back into React.

import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import type { Selection } from '../state/selection';
import { CONNECT_SOURCE_CLASS, FADED_CLASS, FILTERED_OUT_CLASS } from './stateClasses';

/** What happens to what the filter leaves out: drawn faintly, or not drawn. */
export type HideMode = 'dim' | 'hide';

// What showSelection last selected on each canvas. Nothing else selects (createCy turns
// Cytoscape's own selecting off), so this is what is selected, less any element removed since.
// Asking Cytoscape instead (':selected') is a pass over every element on every edit of the map.
const selectedOn = new WeakMap<Core, CollectionReturnValue>();

/**
 * Selects exactly the selected elements (nothing when the selection is null or not on the
 * canvas), and returns them. Selection is controlled: createCy turns Cytoscape's own
 * tap-to-select off (autounselectify), so taps and boxes only report; this is the one place that
 * changes what is selected, with selecting switched on for the moment it takes.
 */
export function showSelection(cy: Core, selection: Selection): CollectionReturnValue {
  const wanted = selectedElements(cy, selection);
  // A canvas this has not selected on yet has nothing selected.
  const before = selectedOn.get(cy) ?? cy.collection();
  cy.batch(() => {
    cy.autounselectify(false);
    before
      .difference(wanted)
      .filter((ele) => !ele.removed())
      .unselect();
    wanted.select();
    cy.autounselectify(true);
  });
  selectedOn.set(cy, wanted);
  return wanted;
}

function selectedElements(cy: Core, selection: Selection): CollectionReturnValue {
  if (selection === null) return cy.collection();
  if (selection.type === 'relationship') {
    const edge = cy.getElementById(selection.id);
    return edge.nonempty() && edge.isEdge() ? edge : cy.collection();
  }
  const ids = selection.type === 'node' ? [selection.id] : selection.ids;
  // Looked up by id, not by a pass over every node: merge adds to the collection in place.
  const nodes = cy.collection();
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.nonempty() && node.isNode()) nodes.merge(node);
  }
  return nodes;
}

// The connect source each canvas last showed. Only showConnectSource gives a node the class, so
// the node to take it from is known without a search of every node.
const connectSourceOn = new WeakMap<Core, string>();

export function showConnectSource(cy: Core, nodeId: string | null): void {
  const previous = connectSourceOn.get(cy);
  cy.batch(() => {
    if (previous !== undefined) cy.getElementById(previous).removeClass(CONNECT_SOURCE_CLASS);
    if (nodeId !== null) cy.getElementById(nodeId).addClass(CONNECT_SOURCE_CLASS);
  });
  if (nodeId === null) connectSourceOn.delete(cy);
  else connectSourceOn.set(cy, nodeId);
}

// The canvases with something dimmed or hidden. With no filter on, and none before, there is
// nothing to undo: an edit on a 5,000-node map skips a pass over all 25,000 elements (~20 ms).
const filtering = new WeakSet<Core>();

/**
 * Dims or hides every node not in visibleIds (null: everything is visible), and every edge with
 * an end left out. Only classes change, and only on elements whose state differs, so a filter
 * change on a large map costs a pass over the elements and no rebuild. `among` narrows the pass
 * to some elements (edges just added), leaving the rest as they are.
 */
export function showVisibility(
  cy: Core,
  visibleIds: ReadonlySet<string> | null,
  mode: HideMode,
  among?: CollectionReturnValue,
): void {
  if (visibleIds === null && !filtering.has(cy)) return;
  const outClass = mode === 'dim' ? FADED_CLASS : FILTERED_OUT_CLASS;
  const isOut = (id: string): boolean => visibleIds !== null && !visibleIds.has(id);
  const show = (ele: SingularElementArgument, out: boolean): void => {
    const wanted = out ? outClass : null;
    for (const name of [FADED_CLASS, FILTERED_OUT_CLASS]) {
      if (ele.hasClass(name) !== (name === wanted)) ele.toggleClass(name, name === wanted);
    }
  };
  const elements = among ?? cy.elements();
  cy.batch(() => {
    elements.nodes().forEach((node) => show(node, isOut(node.id())));
    elements
      .edges()
      .forEach((edge) => show(edge, isOut(edge.source().id()) || isOut(edge.target().id())));
  });
  if (visibleIds !== null) filtering.add(cy);
  else if (among === undefined) filtering.delete(cy);
}
