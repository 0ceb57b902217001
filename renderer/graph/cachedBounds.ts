// An element's bounding box read from Cytoscape's cache without the garbage of asking for it.
// Cytoscape's renderer asks every element it draws for its bounding box. Each call builds a new
// memoised closure with a cache object of its own, an array of the element's rounded position and
// a hash of it, only to learn that the cached box is still good; on a full redraw of 5,000 nodes
// and 20,000 edges that is some 100,000 short-lived objects a frame: after a grid layout the
// garbage collector took 240 ms of a 900 ms redraw (with this, 120 ms of 750 ms).
// This answers the plain one-element call from the same cache by the same rule (the box exists,
// the style is clean, the element or its ends have not moved), comparing the positions at which
// Cytoscape last confirmed the box instead of a hash of them. Every other call, and any box it
// has not seen Cytoscape confirm, goes to Cytoscape as before; a plain call for several elements
// confirms each one's box (boxes worked out ahead of a frame: measureInSlices.ts).
// It reaches into Cytoscape's internals, which are not public API: if the parts it needs are
// missing, nothing is changed.

import { isCollectionPrototype } from './boundingBoxPrototype';

/** A bounding box as Cytoscape keeps it. */
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

/**
 * The parts of a Cytoscape element's private state this reads. Positions are read here rather
 * than through position(), Cytoscape's general data accessor, whose handling of its arguments took
 * a third of this check's time; position() itself returns this same object.
 */
interface ElementState {
  bbCache: Box | null | undefined;
  styleDirty: boolean | undefined;
  group: string;
  position: Position;
  /** An edge's ends. */
  source?: BoundedElement;
  target?: BoundedElement;
}

interface Position {
  x: number;
  y: number;
}

/** A Cytoscape element, as far as this reads it. */
interface BoundedElement {
  _private: ElementState;
}

/** Marks a prototype already given the fast path, so it is given it once. */
const READS_CACHE = Symbol('stakemap.cachedBounds');

/** The rounded positions a box was confirmed at: the element's, or an edge's two ends'. */
function roundedPositions(state: ElementState): number[] {
  if (state.group !== 'edges' || state.source === undefined || state.target === undefined) {
    return [Math.round(state.position.x), Math.round(state.position.y)];
  }
  const from = state.source._private.position;
  const to = state.target._private.position;
  return [Math.round(from.x), Math.round(from.y), Math.round(to.x), Math.round(to.y)];
}

/** Whether the element is where it was when its box was confirmed; allocates nothing. */
function stillAt(state: ElementState, confirmed: number[]): boolean {
  if (state.group !== 'edges') {
    const { x, y } = state.position;
    return Math.round(x) === confirmed[0] && Math.round(y) === confirmed[1];
  }
  if (state.source === undefined || state.target === undefined) return false;
  const from = state.source._private.position;
  const to = state.target._private.position;
  return (
    Math.round(from.x) === confirmed[0] &&
    Math.round(from.y) === confirmed[1] &&
    Math.round(to.x) === confirmed[2] &&
    Math.round(to.y) === confirmed[3]
  );
}

/**
 * The box with an empty side's infinities read as 0, in place, as Cytoscape does to a cached box
 * it returns: a box measured just now reaches the caller as such a copy, the cache unchanged.
 */
function finite(box: Box): Box {
  if (!Number.isFinite(box.x1)) box.x1 = 0;
  if (!Number.isFinite(box.y1)) box.y1 = 0;
  if (!Number.isFinite(box.x2)) box.x2 = 0;
  if (!Number.isFinite(box.y2)) box.y2 = 0;
  if (!Number.isFinite(box.w)) box.w = 0;
  if (!Number.isFinite(box.h)) box.h = 0;
  return box;
}

/**
 * Gives `prototype` (Cytoscape's collection prototype, which every instance in the page shares)
 * the fast path, once. Returns whether it has it.
 */
export function readBoundsFromCache(prototype: unknown): boolean {
  if (!isCollectionPrototype<BoundedElement>(prototype)) return false;
  if (Reflect.get(prototype, READS_CACHE) === true) return true;
  const boundingBox = prototype.boundingBox;
  // Keyed by the cached box itself: when Cytoscape drops or replaces it, the entry goes with it.
  const confirmedAt = new WeakMap<Box, number[]>();
  prototype.boundingBox = function (this: ArrayLike<BoundedElement>, options?: unknown) {
    if (options !== undefined) return boundingBox.call(this, options);
    const element = this.length === 1 ? this[0] : undefined;
    if (element === undefined) {
      const bounds = boundingBox.call(this);
      // Asked for several at once, Cytoscape has just measured or confirmed each one's box too.
      for (let index = 0; index < this.length; index += 1) {
        confirm(this[index] as BoundedElement);
      }
      return bounds;
    }
    const state = element._private;
    const cached = state.bbCache;
    if (cached != null && state.styleDirty !== true) {
      const confirmed = confirmedAt.get(cached);
      if (confirmed !== undefined && stillAt(state, confirmed)) return finite(cached);
    }
    const bounds = boundingBox.call(this);
    confirm(element);
    return bounds;
  };
  // Whether Cytoscape found the cached box current or has just measured it again, the box it
  // keeps now belongs to where the element is now. One already confirmed there is left as it is:
  // a box of the whole map, asked for as a pan starts, would otherwise make a new entry for each.
  const confirm = (element: BoundedElement): void => {
    const state = element._private;
    const kept = state.bbCache;
    if (kept == null) return;
    const confirmed = confirmedAt.get(kept);
    if (confirmed === undefined || !stillAt(state, confirmed)) {
      confirmedAt.set(kept, roundedPositions(state));
    }
  };
  Reflect.set(prototype, READS_CACHE, true);
  return true;
}
