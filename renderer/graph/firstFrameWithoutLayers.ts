// A new canvas's first frame drawn straight, not through Cytoscape's layer cache. Cytoscape keeps
// the map on a few bitmaps ("layers") that it copies to the screen while the view moves; after any
// change it draws the elements directly and rebuilds the layers a few elements a frame, in time
// left over. The very first time a canvas asks for them, though, it draws every element into new
// layers there and then, and only then copies them to the screen: opening 300 nodes and 900
// edges, that was 43 ms of a 75 ms first frame (profiled). Here the first ask is treated like
// every later one. Opening 300 / 900 (two rounds of five): 459 / 444 → 380 / 407 ms; panning and
// zooming at that size no slower (p95 16.7 ms either way).
// It reaches into Cytoscape's renderer, which is not public API: if the renderer lacks the part
// it needs, nothing is changed.

import type { Core } from 'cytoscape';
import { layerCacheOf } from './cytoscapeRenderer';

/** `cache` is Cytoscape's own unless a test gives another. Returns whether it was changed. */
export function buildLayersAfterFirstFrame(cy: Core, cache: unknown = layerCacheOf(cy)): boolean {
  if (typeof cache !== 'object' || cache === null) return false;
  if (Reflect.get(cache, 'firstGet') !== true) return false;
  Reflect.set(cache, 'firstGet', false);
  return true;
}
