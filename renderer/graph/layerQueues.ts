// Cytoscape keeps the map on cached bitmaps ("layers"). When it redraws a layer with sharper
// element pictures, it queues every element of the layer and takes them off the front of a plain
// array, one per step, as much as each frame's time allows. Taking the first item off an array
// that large moves every item after it: a layer of 5,000 nodes and 20,000 edges cost about 0.3 s
// in that alone, spread over the frames after a layout or a zoom, and the cost grows with the
// square of the layer's size. Here each new layer gets a queue whose front moves instead, so
// taking an element off costs the same whatever the queue's length. What is drawn, and in what
// order, does not change.
// It reaches into Cytoscape's layered texture cache, which is not public API: if the cache lacks
// the part it needs, nothing is changed.

import type { Core } from 'cytoscape';
import { layerCacheOf } from './cytoscapeRenderer';

/** Queued items before the taken ones are dropped from the front, at most. */
const COMPACT_AFTER = 1024;

/**
 * A first-in, first-out queue with the parts of an array Cytoscape uses on a layer's queue:
 * push, shift, length, and a `hasId` record it keeps on it to skip elements already queued.
 */
export class ElementQueue<T> {
  hasId?: Record<string, boolean>;
  private items: Array<T | undefined> = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(...items: T[]): number {
    for (const item of items) this.items.push(item);
    return this.length;
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head += 1;
    // Taken items are dropped once they are the larger part, so the space stays in proportion.
    if (this.head >= COMPACT_AFTER && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

/** The part of Cytoscape's layered texture cache (internal) this adjusts. */
interface LayerMaker {
  makeLayer(this: LayerMaker, ...args: unknown[]): unknown;
}

function isLayerMaker(value: unknown): value is LayerMaker {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'makeLayer') === 'function'
  );
}

/** `cache` is Cytoscape's own unless a test gives another. */
export function queueLayersWithoutShifting(cy: Core, cache: unknown = layerCacheOf(cy)): void {
  if (!isLayerMaker(cache)) return;
  const makeLayer = cache.makeLayer;
  cache.makeLayer = function (this: LayerMaker, ...args: unknown[]) {
    const layer: unknown = makeLayer.apply(this, args);
    // Only a layer with a queue as Cytoscape makes it, still empty, is given one of these.
    const queue: unknown =
      typeof layer === 'object' && layer !== null ? Reflect.get(layer, 'elesQueue') : undefined;
    if (Array.isArray(queue) && queue.length === 0) {
      Reflect.set(layer as object, 'elesQueue', new ElementQueue());
    }
    return layer;
  };
}
