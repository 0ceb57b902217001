// Cytoscape's canvas renderer, which its typings do not expose. The modules that adjust how it
// draws (blankLayersUntouched.ts, dragLayerRedraw.ts, firstFrameWithoutLayers.ts,
// layersTooLarge.ts, legibleArrows.ts, measureInSlices.ts, nearbyHitTest.ts, textureFallback.ts,
// wrappedLabelCache.ts) reach it through here and check for the parts they use before touching
// anything.

import type { Core } from 'cytoscape';

/** The renderer behind a cy, or undefined (a headless cy has none worth adjusting). */
export function rendererOf(cy: Core): unknown {
  return (cy as unknown as { renderer?(): unknown }).renderer?.();
}

/** `value[name]` when `value` is an object, else undefined. */
function propertyOf(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

/** The renderer's layered texture cache (the map kept on a few bitmaps), or undefined. */
export function layerCacheOf(cy: Core): unknown {
  return propertyOf(propertyOf(rendererOf(cy), 'data'), 'lyrTxrCache');
}

/**
 * Has Cytoscape measure the elements changed since its last frame (edge paths, label places,
 * which cached pictures are stale) now, instead of at the start of its next frame, in the same
 * task as the drawing. After every node of a large map moves, that splits one long task in two.
 * `renderer` is Cytoscape's own unless a test gives another; without the part, nothing happens.
 */
export function measureChangedElementsNow(cy: Core, renderer: unknown = rendererOf(cy)): void {
  if (typeof renderer !== 'object' || renderer === null) return;
  const measure: unknown = Reflect.get(renderer, 'flushRenderedStyleQueue');
  if (typeof measure === 'function') measure.call(renderer);
}
