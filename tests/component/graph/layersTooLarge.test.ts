// Zoomed in on a large map, Cytoscape cannot cache it on a layer; layersTooLarge.ts stops it
// measuring every element each frame to find that out again.

import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  layerLevel,
  skipLayersKnownTooLarge,
  type LayerCache,
} from '../../../renderer/graph/layersTooLarge';

/** A stand-in for Cytoscape's layer cache (it needs a real 2D canvas) that counts its calls. */
class FakeLayerCache implements LayerCache {
  layersByLevel: Record<number, unknown[] | undefined> = {};
  skipping = false;
  getLayersCalls = 0;
  /** What getLayers answers. */
  answer: unknown[] | null = null;

  getLayers(_eles: ArrayLike<unknown>, _pxRatio: number, _level?: number): unknown[] | null {
    this.getLayersCalls += 1;
    return this.answer;
  }
}

/** A layer, as far as this code looks at one. */
const layer = { eles: [] };

let cy: Core;
let cache: FakeLayerCache;

const frame = () => cache.getLayers(cy.elements(), 1);

beforeEach(() => {
  cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([{ data: { id: 'a' } }, { data: { id: 'b' } }]);
  cy.zoom(2);
  cache = new FakeLayerCache();
  skipLayersKnownTooLarge(cy, cache);
});

afterEach(() => cy.destroy());

describe('layerLevel', () => {
  it('is the power of two at or above the zoom, no smaller than 2^-4', () => {
    expect(layerLevel(1, 1)).toBe(0);
    expect(layerLevel(2, 1)).toBe(1);
    expect(layerLevel(0.3, 1)).toBe(-1);
    expect(layerLevel(0.3, 2)).toBe(0);
    expect(layerLevel(0.001, 1)).toBe(-4);
  });
});

describe('skipLayersKnownTooLarge', () => {
  it('asks Cytoscape once, then no more at that zoom level, when it could make no layer', () => {
    expect(frame()).toBeNull();
    expect(frame()).toBeNull();
    expect(frame()).toBeNull();

    expect(cache.getLayersCalls).toBe(1);
  });

  it('asks again when elements move, are added or removed, or the zoom level changes', () => {
    frame();
    cy.$id('a').position({ x: 10, y: 10 });
    frame();
    cy.add({ data: { id: 'c' } });
    frame();
    cy.$id('c').remove();
    frame();
    cy.zoom(0.5);
    frame();
    frame();

    expect(cache.getLayersCalls).toBe(5);
  });

  it('keeps asking while Cytoscape holds off after a change, or is making a layer', () => {
    cache.skipping = true;
    frame();
    frame();
    cache.skipping = false;
    cache.layersByLevel[1] = [layer];
    frame();
    frame();

    expect(cache.getLayersCalls).toBe(4);
  });

  it('passes layers through untouched', () => {
    cache.answer = [layer];

    expect(frame()).toEqual([layer]);
    expect(frame()).toEqual([layer]);
    expect(cache.getLayersCalls).toBe(2);
  });
});
