// A new canvas's layers are built after its first frame (firstFrameWithoutLayers.ts). Cytoscape's
// canvas renderer needs a real 2D canvas, so a stand-in layer cache takes its place here; the
// browser suite checks the real one.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLayersAfterFirstFrame } from '../../../renderer/graph/firstFrameWithoutLayers';
import { headlessCy } from './headlessCy';

let cy: Core;

beforeEach(() => {
  cy = headlessCy();
});

afterEach(() => cy.destroy());

describe('buildLayersAfterFirstFrame', () => {
  it("spends the layer cache's build-everything-now first ask before any frame", () => {
    const layers = { firstGet: true };

    expect(buildLayersAfterFirstFrame(cy, layers)).toBe(true);
    expect(layers.firstGet).toBe(false);
  });

  it('leaves a cache whose first ask is spent, or that has none, as it is', () => {
    const spent = { firstGet: false };
    const other = { layersByLevel: {} };

    expect(buildLayersAfterFirstFrame(cy, spent)).toBe(false);
    expect(buildLayersAfterFirstFrame(cy, other)).toBe(false);
    expect(spent).toEqual({ firstGet: false });
    expect(other).toEqual({ layersByLevel: {} });
  });

  it('changes nothing without a layer cache (a headless canvas has none)', () => {
    expect(buildLayersAfterFirstFrame(cy, {})).toBe(false);
    expect(buildLayersAfterFirstFrame(cy, undefined)).toBe(false);
    expect(buildLayersAfterFirstFrame(cy)).toBe(false);
  });
});
