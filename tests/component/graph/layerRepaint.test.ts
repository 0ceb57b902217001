// A change to a few elements repaints Cytoscape's cached layer where they were and are, instead of
// throwing the layer away (layerRepaint.ts).

import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CachedLayer } from '../../../renderer/graph/layerCache';
import { repaintChangedElementsInPlace } from '../../../renderer/graph/layerRepaint';
import { FakeLayerCache, layerOf } from './layerCacheFake';

let cy: Core;
let cache: FakeLayerCache;
let layer: CachedLayer;
let calls: string[];

const everywhere = { x1: -5000, y1: -5000, x2: 5000, y2: 5000 };

/** Draws every element on one layer through the (wrapped) cache, as Cytoscape first does. */
function drawLayer(bb = everywhere): void {
  layer = layerOf(cy.elements().toArray(), bb, calls);
  for (const ele of layer.eles) cache.drawEleInLayer(layer, ele, 0, 1);
  cache.drawn = [];
  cache.answer = [layer];
}

/** What Cytoscape does for a frame after a change: names the changed elements, then draws. */
function frameAfterChange(ids: string[]): void {
  cache.invalidateElements(cy.$(ids.map((id) => `#${id}`).join(', ')));
  cache.getLayers(cy.elements(), 1);
}

beforeEach(() => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 20, height: 20, label: 'data(label)' } }],
  });
  cy.add([
    { data: { id: 'a', label: '' }, position: { x: 0, y: 0 } },
    { data: { id: 'b', label: '' }, position: { x: 300, y: 0 } },
    { data: { id: 'far', label: '' }, position: { x: 2000, y: 2000 } },
    { data: { id: 'ab', source: 'a', target: 'b' } },
  ]);
  cache = new FakeLayerCache();
  calls = [];
  repaintChangedElementsInPlace(cy, cache);
  drawLayer();
});

afterEach(() => cy.destroy());

describe('repaintChangedElementsInPlace', () => {
  it('repaints a moved node where it was and is, with what overlaps there, keeping the layer', () => {
    cy.$id('a').position({ x: 40, y: 0 });
    frameAfterChange(['a']);

    expect(cache.invalidated).toEqual([]);
    // In the layer's drawing order; the distant node and the other end are left as they are.
    expect(cache.drawn).toEqual(['a', 'ab']);
    expect(calls.filter((call) => call.startsWith('clearRect'))).toHaveLength(2);
    expect(calls[0]).toBe('save');
    expect(calls.at(-1)).toBe('restore');
    expect(calls.indexOf('clip')).toBeLessThan(
      calls.findIndex((call) => call.startsWith('clearRect')),
    );
    expect(cache.getLayersCalls).toBe(1);
  });

  it('repaints nothing for elements Cytoscape names whose drawing has not changed', () => {
    frameAfterChange(['b', 'ab']);

    expect(cache.invalidated).toEqual([]);
    expect(cache.drawn).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('repaints a node whose label changed', () => {
    cy.$id('far').data('label', 'Now with a label');
    frameAfterChange(['far']);

    expect(cache.invalidated).toEqual([]);
    expect(cache.drawn).toEqual(['far']);
  });

  it('gives the change to Cytoscape when a node leaves the layer', () => {
    cy.$id('far').position({ x: 9000, y: 0 });
    frameAfterChange(['far']);

    expect(cache.invalidated).toEqual([['far']]);
    expect(cache.drawn).toEqual([]);
  });

  it('gives the change to Cytoscape while the layer is still being drawn or replaced', () => {
    layer.reqs = 3;
    cy.$id('a').position({ x: 40, y: 0 });
    frameAfterChange(['a']);
    layer.reqs = 0;
    layer.replacement = {};
    cy.$id('a').position({ x: 80, y: 0 });
    frameAfterChange(['a']);

    expect(cache.invalidated).toEqual([['a'], ['a']]);
    expect(cache.drawn).toEqual([]);
  });

  it('gives many changes at once to Cytoscape', () => {
    cy.add(Array.from({ length: 250 }, (_, index) => ({ data: { id: `n${index}`, label: '' } })));
    drawLayer();
    cache.invalidateElements(cy.$('node'));

    expect(cache.invalidated).toHaveLength(1);
    expect(cache.invalidated[0]).toHaveLength(253);
  });

  it('leaves a renderer without the parts it needs alone', () => {
    expect(() => repaintChangedElementsInPlace(cy, {})).not.toThrow();
    expect(() => repaintChangedElementsInPlace(cy, undefined)).not.toThrow();
  });
});
