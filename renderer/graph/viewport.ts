// Moving the camera: fit, zoom about the middle, centre on a node, and the canvas's keys.

import type { BoundingBox12, BoundingBoxWH, Core, NodeCollection } from 'cytoscape';
import { isHeadless } from './headless';
import { FILTERED_OUT_CLASS } from './stateClasses';

const ZOOM_STEP = 1.25;
const FIT_PADDING = 40;
/** Fitting one or two nodes must not blow them up to the maximum zoom. */
const MAX_FIT_ZOOM = 1.5;
/** Nodes up to which the fit measures labels too; past it the box is the nodes' own. */
const MEASURE_LABELS_UP_TO = 1000;
/** The zoom at which node labels are comfortably readable. */
const READABLE_ZOOM = 1;

/**
 * The box around nodes' centres and sizes, from their data alone: Cytoscape's own box would first
 * work out every node's style and label, which took a second at 5,000 nodes.
 */
function positionsBox(nodes: NodeCollection): BoundingBox12 & BoundingBoxWH {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const half = Number(node.data('size') ?? 0) / 2;
    x1 = Math.min(x1, x - half);
    y1 = Math.min(y1, y - half);
    x2 = Math.max(x2, x + half);
    y2 = Math.max(y2, y + half);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/**
 * Fits what is drawn: nodes the filter hides do not count, dimmed ones do. The box is the nodes'
 * alone: an edge runs between two nodes, so it adds nothing, while working out every edge's
 * bounds took most of a second at 20,000 edges.
 */
export function fitGraph(cy: Core): void {
  const nodes = cy.nodes().not(`.${FILTERED_OUT_CLASS}`);
  if (nodes.empty()) return;
  const box = nodes.length <= MEASURE_LABELS_UP_TO ? nodes.boundingBox() : positionsBox(nodes);
  const room = (extent: number, size: number) =>
    extent > 0 ? (size - 2 * FIT_PADDING) / extent : Infinity;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(room(box.w, cy.width()), room(box.h, cy.height()), MAX_FIT_ZOOM, cy.maxZoom()),
  );
  const pan = {
    x: (cy.width() - zoom * (box.x1 + box.x2)) / 2,
    y: (cy.height() - zoom * (box.y1 + box.y2)) / 2,
  };
  cy.viewport({ zoom, pan });
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
