// Moving the camera: fit, zoom about the middle, centre on a node, and the canvas's keys.

import type { Core } from 'cytoscape';
import { FILTERED_OUT_CLASS } from './stateClasses';

const ZOOM_STEP = 1.25;
const FIT_PADDING = 40;
/** Fitting one or two nodes must not blow them up to the maximum zoom. */
const MAX_FIT_ZOOM = 1.5;
/** The zoom at which node labels are comfortably readable. */
const READABLE_ZOOM = 1;

/** Fits what is drawn: elements the filter hides do not count, dimmed ones do. */
export function fitGraph(cy: Core): void {
  const elements = cy.elements().not(`.${FILTERED_OUT_CLASS}`);
  if (elements.empty()) return;
  cy.fit(elements, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(elements);
  }
}

export function zoomBy(cy: Core, factor: number): void {
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

export const zoomIn = (cy: Core): void => zoomBy(cy, ZOOM_STEP);
export const zoomOut = (cy: Core): void => zoomBy(cy, 1 / ZOOM_STEP);

export function centerOn(cy: Core, nodeId: string): void {
  const node = cy.getElementById(nodeId);
  if (node.empty() || !node.isNode()) return;
  if (cy.zoom() < READABLE_ZOOM) cy.zoom(READABLE_ZOOM);
  cy.center(node);
}

/** What a key pressed on the focused canvas does; null when the canvas leaves it alone. */
export function viewportKeyAction(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): ((cy: Core) => void) | null {
  // Ctrl/Cmd with +, - or 0 belong to the app's own zoom and menus.
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case '+':
    case '=':
      return zoomIn;
    case '-':
    case '_':
      return zoomOut;
    case '0':
      return fitGraph;
    default:
      return null;
  }
}
