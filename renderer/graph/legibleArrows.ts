// Arrowheads only where they can be read. Cytoscape draws every arrowhead whatever its size on
// screen; zoomed out on a large map that is thousands of triangles a few pixels across, which
// show no direction and cost about a quarter of each full redraw (grabbing or dropping a node at
// 5,000 nodes and 20,000 edges: 255–280 ms with them, 190–210 ms without). As node labels go
// below a legible size (min-zoomed-font-size), an arrowhead is left out while it would be drawn
// smaller than MIN_ARROW_PX. The size follows from the canvas it is drawn on, not the zoom alone,
// so a picture exported at a larger scale keeps every arrowhead it can show.
// It reaches into Cytoscape's renderer, which is not public API: if the renderer lacks the part it
// needs, nothing is changed.

import type { Core } from 'cytoscape';
import { rendererOf } from './cytoscapeRenderer';

/** The parts of Cytoscape's canvas renderer (internal) this uses. */
interface ArrowRenderer {
  drawArrowheads(context: CanvasRenderingContext2D, edge: unknown, opacity?: number): void;
}

/** Below this many device pixels across, an arrowhead shows no direction. */
export const MIN_ARROW_PX = 6;

/** Cytoscape's smallest arrowhead, in model units (getArrowWidth: thin edges, arrow-scale 1). */
const SMALLEST_ARROW = 29;

function isArrowRenderer(value: unknown): value is ArrowRenderer {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'drawArrowheads') === 'function'
  );
}

/** How many device pixels one model unit covers on `context`; null if it cannot tell. */
export function drawnScale(context: CanvasRenderingContext2D): number | null {
  if (typeof context.getTransform !== 'function') return null;
  const { a, b } = context.getTransform();
  return Math.hypot(a, b);
}

/** Whether the smallest arrowhead, drawn at `scale`, would be legible. */
export function arrowLegibleAt(scale: number): boolean {
  return SMALLEST_ARROW * scale >= MIN_ARROW_PX;
}

/** `renderer` is Cytoscape's own unless a test gives another. */
export function drawArrowsOnlyWhereLegible(cy: Core, renderer: unknown = rendererOf(cy)): void {
  if (!isArrowRenderer(renderer)) return;
  const drawArrowheads = renderer.drawArrowheads.bind(renderer);
  // Each canvas Cytoscape draws edges on (the screen, a cached layer, an exported picture) keeps
  // one scale while the zoom stays put, so it is read once per canvas and zoom, not once per
  // edge: reading a transform makes an object, 20,000 of them a frame on a large map.
  const legibleOn = new WeakMap<CanvasRenderingContext2D, { zoom: number; legible: boolean }>();
  renderer.drawArrowheads = (context, edge, opacity) => {
    const zoom = cy.zoom();
    let known = legibleOn.get(context);
    if (known?.zoom !== zoom) {
      const scale = drawnScale(context);
      known = { zoom, legible: scale === null || arrowLegibleAt(scale) };
      legibleOn.set(context, known);
    }
    if (known.legible) drawArrowheads(context, edge, opacity);
  };
}
