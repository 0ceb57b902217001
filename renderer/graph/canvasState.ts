// Shows UI state on the canvas: which element is selected, which node is the connect source and
// what the filter leaves out. These follow props; they never emit callbacks, so syncing cannot
// loop back into React.

import type { Core, SingularElementArgument } from 'cytoscape';
import type { Selection } from '../state/selection';
import { CONNECT_SOURCE_CLASS, FADED_CLASS, FILTERED_OUT_CLASS } from './stateClasses';

/** What happens to what the filter leaves out: drawn faintly, or not drawn. */
export type HideMode = 'dim' | 'hide';

/**
 * Selects exactly the selected element (nothing when it is null or not on the canvas). Selection
 * is controlled: createCy turns Cytoscape's own tap-to-select off (autounselectify), so a tap
 * only reports; this is the one place that changes what is selected, with selecting switched on
 * for the moment it takes.
 */
export function showSelection(cy: Core, selection: Selection): void {
  const target = selection === null ? cy.collection() : cy.getElementById(selection.id);
  const matches =
    selection !== null &&
    target.nonempty() &&
    (selection.type === 'node' ? target.isNode() : target.isEdge());
  const wanted = matches ? target : cy.collection();
  cy.batch(() => {
    cy.autounselectify(false);
    cy.elements(':selected').difference(wanted).unselect();
    wanted.select();
    cy.autounselectify(true);
  });
}

export function showConnectSource(cy: Core, nodeId: string | null): void {
  cy.batch(() => {
    cy.nodes(`.${CONNECT_SOURCE_CLASS}`).removeClass(CONNECT_SOURCE_CLASS);
    if (nodeId !== null) cy.getElementById(nodeId).addClass(CONNECT_SOURCE_CLASS);
  });
}

/**
 * Dims or hides every node not in visibleIds (null: everything is visible), and every edge with
 * an end left out. Only classes change, and only on elements whose state differs, so a filter
 * change on a large map costs a pass over the elements and no rebuild.
 */
export function showVisibility(
  cy: Core,
  visibleIds: ReadonlySet<string> | null,
  mode: HideMode,
): void {
  const outClass = mode === 'dim' ? FADED_CLASS : FILTERED_OUT_CLASS;
  const isOut = (id: string): boolean => visibleIds !== null && !visibleIds.has(id);
  const show = (ele: SingularElementArgument, out: boolean): void => {
    const wanted = out ? outClass : null;
    for (const name of [FADED_CLASS, FILTERED_OUT_CLASS]) {
      if (ele.hasClass(name) !== (name === wanted)) ele.toggleClass(name, name === wanted);
    }
  };
  cy.batch(() => {
    cy.nodes().forEach((node) => show(node, isOut(node.id())));
    cy.edges().forEach((edge) =>
      show(edge, isOut(edge.source().id()) || isOut(edge.target().id())),
    );
  });
}
