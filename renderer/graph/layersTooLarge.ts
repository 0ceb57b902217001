// Cytoscape caches the map on a bitmap (a "layer") of at most 4,000 × 4,000 pixels at a scale
// near the zoom. Zoomed in on a large map the bitmap would be bigger, so it draws without one; but
// it finds that out again on every frame, by measuring every element. This remembers that the map
// at this zoom level is too large, and skips the measuring until an element is added, removed or
// moved, or the zoom level changes. What is drawn does not change: Cytoscape draws the elements
// directly either way. A full redraw at zoom 1 took 150–210 ms at 5,000 nodes and 20,000 edges
// and 420 ms at 10,000 and 40,000; with this, 100–125 ms and 200 ms.
// It reaches into Cytoscape's renderer, which is not public API: if the renderer lacks the parts
// it needs, nothing is changed.

import type { Core } from 'cytoscape';
import { layerCacheOf } from './cytoscapeRenderer';

/** The parts of Cytoscape's layered texture cache (internal) this uses. */
export interface LayerCache {
  /** The layers made or being made at each zoom level. */
  layersByLevel: Record<number, unknown[] | undefined>;
  /** True for a moment after any change, while Cytoscape draws without layers. */
  skipping: boolean;
  getLayers(eles: ArrayLike<unknown>, pxRatio: number, level?: number): unknown[] | null;
}

/** Cytoscape's smallest layer level: below it, layers are drawn at this scale (2^-4) anyway. */
const MIN_LEVEL = -4;

/** The layer level Cytoscape picks for a zoom, as its getLayers does when not given one. */
export function layerLevel(zoom: number, pxRatio: number): number {
  // + 0 turns the -0 that Math.ceil gives for zooms just under 1 into 0.
  return Math.max(MIN_LEVEL, Math.ceil(Math.log2(zoom * pxRatio))) + 0;
}

function isLayerCache(value: unknown): value is LayerCache {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'getLayers') === 'function' &&
    typeof Reflect.get(value, 'layersByLevel') === 'object' &&
    typeof Reflect.get(value, 'skipping') === 'boolean'
  );
}

/** `cache` is Cytoscape's own unless a test gives another. */
export function skipLayersKnownTooLarge(cy: Core, cache: unknown = layerCacheOf(cy)): void {
  if (!isLayerCache(cache)) return;
  const getLayers = cache.getLayers.bind(cache);
  let tooLarge: { level: number; elements: number } | null = null;
  cy.on('add remove position', () => {
    tooLarge = null;
  });
  cache.getLayers = (eles, pxRatio, level) => {
    const wanted = level ?? layerLevel(cy.zoom(), pxRatio);
    if (tooLarge?.level === wanted && tooLarge.elements === eles.length) return null;
    const layers = getLayers(eles, pxRatio, level);
    // No layers and none being made, though Cytoscape was not holding off after a change: it
    // could not make one.
    const none = layers === null && (cache.layersByLevel[wanted]?.length ?? 0) === 0;
    if (none && !cache.skipping) tooLarge = { level: wanted, elements: eles.length };
    return layers;
  };
}
