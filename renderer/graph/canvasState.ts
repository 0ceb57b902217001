// Shows UI state on the canvas: which element is selected and which node is the connect source.
// These follow props; they never emit callbacks, so syncing cannot loop back into React.

import type { Core } from 'cytoscape';
import type { Selection } from '../state/selection';
import { CONNECT_SOURCE_CLASS } from './stateClasses';

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
