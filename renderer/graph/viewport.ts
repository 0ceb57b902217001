// Moving the camera: fit, zoom about the middle, centre on a node, and the canvas's keys.

import type { Core } from 'cytoscape';
import { isHeadless } from './headless';
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

/** Long enough to show where the view went, short enough not to hold the user up. */
const CENTRE_ANIMATION_MS = 200;
/** Each animation frame redraws the map; past this many elements a jump is kinder. */
const MAX_ANIMATED_ELEMENTS = 1000;

/**
 * Whether moving the camera may glide rather than jump: only where something is drawn, the map
 * is small enough to redraw every frame, and the user has not asked for less motion.
 */
export function mayAnimate(cy: Core, prefersReducedMotion: boolean): boolean {
  return !isHeadless(cy) && !prefersReducedMotion && cy.elements().length <= MAX_ANIMATED_ELEMENTS;
}

/**
 * Puts the node itself in the middle. Not cy.center(node): that centres the node's bounding box,
 * label included, so a node with a three-line label would sit well above the middle, where a
 * click on the middle misses it.
 */
export function centerOn(cy: Core, nodeId: string, animate = false): void {
  const node = cy.getElementById(nodeId);
  if (node.empty() || !node.isNode()) return;
  const zoom = Math.max(cy.zoom(), READABLE_ZOOM);
  const { x, y } = node.position();
  const pan = { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom };
  // A camera move already under way gives way to the new one.
  cy.stop(true, false);
  if (animate) {
    cy.animate({ zoom, pan }, { duration: CENTRE_ANIMATION_MS, easing: 'ease-out-cubic' });
    return;
  }
  cy.viewport({ zoom, pan });
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
