// Shows UI state on the canvas: which element is selected, which node is the connect source and
// what the filter leaves out. These follow props; they never emit callbacks, so syncing cannot
// loop back into React.

import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import type { Selection } from '../state/selection';
import { CONNECT_SOURCE_CLASS, FADED_CLASS, FILTERED_OUT_CLASS } from './stateClasses';

/** What happens to what the filter leaves out: drawn faintly, or not drawn. */
export type HideMode = 'dim' | 'hide';

/**
 * Selects exactly the selected elements (nothing when the selection is null or not on the
 * canvas). Selection is controlled: createCy turns Cytoscape's own tap-to-select off
 * (autounselectify), so taps and boxes only report; this is the one place that changes what is
 * selected, with selecting switched on for the moment it takes.
 */
export function showSelection(cy: Core, selection: Selection): void {
  const wanted = selectedElements(cy, selection);
  cy.batch(() => {
    cy.autounselectify(false);
    cy.elements(':selected').difference(wanted).unselect();
    wanted.select();
    cy.autounselectify(true);
  });
}

function selectedElements(cy: Core, selection: Selection): CollectionReturnValue {
  if (selection === null) return cy.collection();
  if (selection.type === 'relationship') {
    const edge = cy.getElementById(selection.id);
    return edge.nonempty() && edge.isEdge() ? edge : cy.collection();
  }
  if (selection.type === 'node') {
    const node = cy.getElementById(selection.id);
    return node.nonempty() && node.isNode() ? node : cy.collection();
  }
  const ids = new Set(selection.ids);
  return cy.nodes().filter((node) => ids.has(node.id()));
}

export function showConnectSource(cy: Core, nodeId: string | null): void {
  cy.batch(() => {
    cy.nodes(`.${CONNECT_SOURCE_CLASS}`).removeClass(CONNECT_SOURCE_CLASS);
    if (nodeId !== null) cy.getElementById(nodeId).addClass(CONNECT_SOURCE_CLASS);
  });
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
