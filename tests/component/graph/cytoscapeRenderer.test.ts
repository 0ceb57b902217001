// The one call into Cytoscape's renderer that is not an adjustment of how it draws
// (cytoscapeRenderer.ts): asking it to measure changed elements now rather than next frame.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { measureChangedElementsNow } from '../../../renderer/graph/cytoscapeRenderer';
import { headlessCy } from './headlessCy';

let cy: Core;

beforeEach(() => {
  cy = headlessCy();
});

afterEach(() => cy.destroy());

describe('measureChangedElementsNow', () => {
  it("runs the renderer's own measuring, as the renderer", () => {
    const renderer = {
      measured: 0,
      flushRenderedStyleQueue(this: { measured: number }) {
        this.measured += 1;
      },
    };

    measureChangedElementsNow(cy, renderer);

    expect(renderer.measured).toBe(1);
  });

  it('does nothing for a renderer without it, or no renderer', () => {
    expect(() => {
      measureChangedElementsNow(cy, {});
      measureChangedElementsNow(cy, undefined);
      measureChangedElementsNow(cy);
    }).not.toThrow();
  });
});
