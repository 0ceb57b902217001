// Whether a Cytoscape instance draws: headless ones (jsdom, no 2D canvas) keep the model and
// events but have no renderer, so animation and pictures that need pixels are skipped there.

import type { Core } from 'cytoscape';

/** Cytoscape has cy.headless(), but its type declarations leave it out. */
export function isHeadless(cy: Core): boolean {
  return (cy as Core & { headless(): boolean }).headless();
}
