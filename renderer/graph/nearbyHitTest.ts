// What is under the pointer, tested only among the elements whose box is near it.
// Cytoscape answers that question on every pointer move over the canvas (for hover) and on every
// press, by testing every element in drawing order: each edge's line, then the four places an
// arrow can be, then its labels. At 10,000 nodes and 40,000 edges that took 150–220 ms each time,
// so moving the pointer across a large map held the page a fifth of a second per move, and the
// press that starts a drag waited as long again before anything was drawn. An element can only be
// hit inside its bounding box (body, arrows, labels and overlay) widened by the hit tolerance, so
// this hands Cytoscape's own test just those elements, in the same order, and its answer is the
// same. The boxes come from Cytoscape's cache (cachedBounds.ts): about 12–16 ms at that size.
// It reaches into Cytoscape's renderer, which is not public API: if the renderer lacks the parts
// it needs, nothing is changed.

import type { Core } from 'cytoscape';
import { rendererOf } from './cytoscapeRenderer';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface Element {
  boundingBox(): Box;
}

/** Elements in drawing order, as Cytoscape caches them, with the ones that take pointer events. */
type DrawingOrder = Element[] & { interactive?: Element[] };

/** The parts of Cytoscape's renderer (internal) this uses. */
interface HitTestingRenderer {
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): unknown;
  getCachedZSortedEles(): DrawingOrder;
}

/**
 * How far from its box, in screen pixels, a press can still hit an element. Cytoscape's widest
 * tolerance is 24 pixels around an edge under a finger; the rest is margin.
 */
const REACH_PX = 32;

function isHitTestingRenderer(value: unknown): value is HitTestingRenderer {
  if (typeof value !== 'object' || value === null) return false;
  return ['findNearestElements', 'getCachedZSortedEles'].every(
    (name) => typeof Reflect.get(value, name) === 'function',
  );
}

function reaches(box: Box, x: number, y: number, reach: number): boolean {
  return x >= box.x1 - reach && x <= box.x2 + reach && y >= box.y1 - reach && y <= box.y2 + reach;
}

/** `renderer` is Cytoscape's own unless a test gives another. */
export function hitTestOnlyNearbyElements(cy: Core, renderer: unknown = rendererOf(cy)): void {
  if (!isHitTestingRenderer(renderer)) return;
  const testAmong = renderer.findNearestElements;
  const drawingOrder = renderer.getCachedZSortedEles;
  const ownDrawingOrder = Object.getOwnPropertyDescriptor(renderer, 'getCachedZSortedEles');
  renderer.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    const all = drawingOrder.call(this);
    const pool = interactiveOnly ? (all.interactive ?? all) : all;
    const reach = REACH_PX / cy.zoom();
    const nearby: DrawingOrder = pool.filter((element) =>
      reaches(element.boundingBox(), x, y, reach),
    );
    nearby.interactive = nearby;
    // Cytoscape's test reads the drawing order through this method, so for the length of one
    // call it answers with the nearby elements only.
    this.getCachedZSortedEles = () => nearby;
    try {
      return testAmong.call(this, x, y, interactiveOnly, isTouch);
    } finally {
      if (ownDrawingOrder) Object.defineProperty(this, 'getCachedZSortedEles', ownDrawingOrder);
      else Reflect.deleteProperty(this, 'getCachedZSortedEles');
    }
  };
}
