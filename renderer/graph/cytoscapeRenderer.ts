// Cytoscape's canvas renderer, which its typings do not expose. The modules that adjust how it
// draws (dragLayerRedraw.ts, layersTooLarge.ts, legibleArrows.ts, textureFallback.ts) reach it
// through here and check for the parts they use before touching anything.

import type { Core } from 'cytoscape';

/** The renderer behind a cy, or undefined (a headless cy has none worth adjusting). */
export function rendererOf(cy: Core): unknown {
  return (cy as unknown as { renderer?(): unknown }).renderer?.();
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
