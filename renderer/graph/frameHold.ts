// Holds Cytoscape's drawing while work that a frame would otherwise do all at once is done in
// slices (measureInSlices.ts). Cytoscape draws nothing, and measures nothing for a frame, while a
// batch is open, and that is the hold: a batch started here and ended on release.
// A batch must not outlive its canvas: a canvas destroyed inside one never tells its renderer,
// whose frame loop would then run on for good. So while anything holds a canvas, destroying it
// releases every hold first.

import type { Core } from 'cytoscape';

/** How many holds each canvas has open. */
const holdsOn = new WeakMap<Core, number>();

/** Starts holding `cy`'s frames; returns the release, which does nothing after the first call. */
export function holdFrames(cy: Core): () => void {
  const holds = holdsOn.get(cy) ?? 0;
  if (holds === 0) releaseBeforeDestroy(cy);
  holdsOn.set(cy, holds + 1);
  cy.startBatch();
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    releaseOne(cy);
  };
}

function releaseOne(cy: Core): void {
  const holds = (holdsOn.get(cy) ?? 0) - 1;
  if (holds > 0) {
    holdsOn.set(cy, holds);
  } else {
    holdsOn.delete(cy);
    // The canvas's own destroy answers again.
    Reflect.deleteProperty(cy, 'destroy');
  }
  if (!cy.destroyed()) cy.endBatch();
}

/** Shadows `cy.destroy` with one that ends every open hold first. */
function releaseBeforeDestroy(cy: Core): void {
  const destroy = cy.destroy;
  Object.defineProperty(cy, 'destroy', {
    configurable: true,
    writable: true,
    value: function destroyReleased(this: Core) {
      while ((holdsOn.get(cy) ?? 0) > 0) releaseOne(cy);
      return destroy.call(this);
    },
  });
}
