// A layer's queue of elements to draw again takes them off its front without moving the rest
// (layerQueues.ts). A stand-in plays Cytoscape's layer cache, which needs a real 2D canvas; the
// browser suite checks the real one.

import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ElementQueue, queueLayersWithoutShifting } from '../../../renderer/graph/layerQueues';

describe('ElementQueue', () => {
  it('gives items back first in, first out, as an array shifted would', () => {
    const queue = new ElementQueue<string>();
    queue.push('a', 'b');
    queue.push('c');

    expect(queue.length).toBe(3);
    expect(queue.shift()).toBe('a');
    expect(queue.length).toBe(2);
    expect([queue.shift(), queue.shift()]).toEqual(['b', 'c']);
    expect(queue.length).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });

  it('keeps order and length through many items taken and added', () => {
    const queue = new ElementQueue<number>();
    const taken: number[] = [];
    for (let item = 0; item < 5000; item += 1) {
      queue.push(item);
      if (item % 3 === 0) taken.push(queue.shift() as number);
    }
    while (queue.length > 0) taken.push(queue.shift() as number);

    expect(taken).toEqual(Array.from({ length: 5000 }, (_, item) => item));
  });

  it('keeps the record of queued ids Cytoscape writes on it', () => {
    const queue = new ElementQueue<string>();
    queue.hasId = queue.hasId ?? {};
    queue.hasId.n1 = true;

    expect(queue.hasId).toEqual({ n1: true });
  });
});

/** What the stand-in's makeLayer hands out: a layer as Cytoscape makes one. */
interface Layer {
  id: number;
  elesQueue: unknown;
}

class FakeLayerCache {
  made = 0;
  makeLayer(this: FakeLayerCache): Layer | undefined {
    this.made += 1;
    return { id: this.made, elesQueue: [] };
  }
}

let cy: Core;

beforeEach(() => {
  cy = cytoscape({ headless: true });
});

afterEach(() => cy.destroy());

describe('queueLayersWithoutShifting', () => {
  it("gives every new layer a queue that is not an array, and Cytoscape's maker still runs", () => {
    const cache = new FakeLayerCache();
    queueLayersWithoutShifting(cy, cache);

    const layers = [cache.makeLayer(), cache.makeLayer()];

    expect(cache.made).toBe(2);
    expect(layers.map((layer) => layer?.id)).toEqual([1, 2]);
    for (const layer of layers) expect(layer?.elesQueue).toBeInstanceOf(ElementQueue);
  });

  it('leaves a layer it does not recognise as it is', () => {
    const cache = {
      makeLayer: () => ({ elesQueue: ['already queued'] }),
    };
    queueLayersWithoutShifting(cy, cache);

    expect(cache.makeLayer().elesQueue).toEqual(['already queued']);
  });

  it('changes nothing when there is no layer cache to adjust', () => {
    const cache = {};

    expect(() => queueLayersWithoutShifting(cy, cache)).not.toThrow();
    expect(() => queueLayersWithoutShifting(cy)).not.toThrow();
    expect(cache).toEqual({});
  });
});
