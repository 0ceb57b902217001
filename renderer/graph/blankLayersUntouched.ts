// The drag and selection layers left alone until there is something to show on them. Cytoscape
// draws on three stacked canvases: the map, the elements being dragged, and the selection box.
// Every frame that redraws them it clears all three, even a canvas nothing was ever drawn on. The
// first thing done to a canvas is when the browser gives it its memory, which on this machine
// takes about 30 ms for a canvas of 1280 × 720 (measured: in proportion to its area), so a map's
// first frame paid for two canvases that showed nothing. Here a layer never drawn on is not
// cleared while it has nothing to show, and once the page is idle after that first frame it is
// given its memory, so the first drag or box selection does not pay for it either.
// It reaches into Cytoscape's renderer, which is not public API: if the renderer lacks a part it
// needs, nothing is changed.

import type { Core } from 'cytoscape';
import { whenIdle } from '../platform/whenIdle';
import { rendererOf } from './cytoscapeRenderer';

/** The parts of Cytoscape's canvas renderer this reads and adjusts. */
interface CanvasRenderer {
  render(this: CanvasRenderer, options?: { forcedContext?: unknown }): unknown;
  redrawHint(this: CanvasRenderer, group: string, redraw: boolean): unknown;
  getCachedZSortedEles(): { drag: { length: number } };
  data: {
    canvasNeedsRedraw: boolean[];
    contexts: CanvasRenderingContext2D[];
    bgActivePosistion?: unknown;
  };
  DRAG: number;
  SELECT_BOX: number;
  hoverData: { selecting?: boolean };
  touchData: { selecting?: boolean };
  showFps?: boolean;
  motionBlur?: boolean;
}

function isCanvasRenderer(value: unknown): value is CanvasRenderer {
  if (typeof value !== 'object' || value === null) return false;
  const renderer = value as Partial<CanvasRenderer>;
  return (
    typeof renderer.render === 'function' &&
    typeof renderer.redrawHint === 'function' &&
    typeof renderer.getCachedZSortedEles === 'function' &&
    Array.isArray(renderer.data?.canvasNeedsRedraw) &&
    Array.isArray(renderer.data?.contexts) &&
    typeof renderer.DRAG === 'number' &&
    typeof renderer.SELECT_BOX === 'number' &&
    typeof renderer.hoverData === 'object' &&
    typeof renderer.touchData === 'object'
  );
}

/** Whether the layer has anything to show this frame. */
function hasContent(renderer: CanvasRenderer, layer: number): boolean {
  if (layer === renderer.DRAG) {
    return renderer.motionBlur === true || renderer.getCachedZSortedEles().drag.length > 0;
  }
  return (
    renderer.showFps === true ||
    renderer.hoverData.selecting === true ||
    renderer.touchData.selecting === true ||
    Boolean(renderer.data.bgActivePosistion)
  );
}

/**
 * `renderer` is Cytoscape's own unless a test gives another. Returns whether it was changed.
 */
export function leaveBlankLayersUntouched(cy: Core, renderer: unknown = rendererOf(cy)): boolean {
  if (!isCanvasRenderer(renderer)) return false;
  const { data, DRAG, SELECT_BOX } = renderer;
  const layerOf: Record<string, number> = { drag: DRAG, select: SELECT_BOX };
  const untouched = new Set([DRAG, SELECT_BOX]);
  /** Untouched layers asked to be redrawn since the last frame. */
  const asked = new Set<number>();
  const { render, redrawHint } = renderer;
  let warming = false;

  const touch = (layer: number) => {
    if (!untouched.delete(layer) || cy.destroyed()) return;
    const context = data.contexts[layer];
    if (context === undefined) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  };

  // Asks to redraw an untouched layer are held for the next frame to weigh. Cytoscape also asks
  // in the middle of drawing a frame (its first, for one), after the frame has weighed them.
  renderer.redrawHint = function (this: CanvasRenderer, group, redraw) {
    const layer = layerOf[group];
    if (redraw && layer !== undefined && untouched.has(layer)) {
      asked.add(layer);
      return undefined;
    }
    return redrawHint.call(this, group, redraw);
  };

  renderer.render = function (this: CanvasRenderer, options) {
    // A picture drawn into another canvas (an export) leaves the layers alone anyway.
    if (untouched.size === 0 || options?.forcedContext !== undefined) {
      return render.call(this, options);
    }
    const needDraw = data.canvasNeedsRedraw;
    for (const layer of untouched) {
      const wanted = asked.delete(layer) || needDraw[layer] === true;
      if (wanted && hasContent(this, layer)) untouched.delete(layer);
      needDraw[layer] = wanted && !untouched.has(layer);
    }
    const result = render.call(this, options);
    if (untouched.size > 0 && !warming) {
      warming = true;
      whenIdle(() => [...untouched].forEach(touch));
    }
    return result;
  };
  return true;
}
