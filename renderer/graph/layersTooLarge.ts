// Cytoscape caches the map on a bitmap of at most 4,000 × 4,000 pixels at a scale near the zoom.
// Zoomed in on a large map the bitmap would be bigger, so it draws without one; but it finds that
// out again on every frame, by measuring every element (about 80 ms at 5,000 nodes and 20,000
// edges, on top of drawing them). This remembers that the map at this zoom level is too large
// and skips the measuring until an element is added, removed or moved, or the zoom level changes.
// What is drawn does not change: Cytoscape draws the elements directly either way.

import type { Core } from 'cytoscape';
import { isLayeredTextureCache, layerCacheOf } from './layerCache';

/** Cytoscape's smallest layer level: below it, layers are drawn at this scale (2^-4) anyway. */
const MIN_LEVEL = -4;

/** The layer level Cytoscape picks for a zoom, as its getLayers does when not given one. */
export function layerLevel(zoom: number, pxRatio: number): number {
  // + 0 turns the -0 that Math.ceil gives for zooms just under 1 into 0.
  return Math.max(MIN_LEVEL, Math.ceil(Math.log2(zoom * pxRatio))) + 0;
}

/** `cache` is Cytoscape's own unless a test gives another. */
export function skipLayersKnownTooLarge(cy: Core, cache: unknown = layerCacheOf(cy)): void {
  if (!isLayeredTextureCache(cache)) return;
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
