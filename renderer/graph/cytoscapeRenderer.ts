// Cytoscape's canvas renderer, which its typings do not expose. The modules that adjust how it
// draws (dragLayerRedraw.ts, layersTooLarge.ts, legibleArrows.ts, textureFallback.ts) reach it
// through here and check for the parts they use before touching anything.

import type { Core } from 'cytoscape';

/** The renderer behind a cy, or undefined (a headless cy has none worth adjusting). */
export function rendererOf(cy: Core): unknown {
  return (cy as unknown as { renderer?(): unknown }).renderer?.();
}
