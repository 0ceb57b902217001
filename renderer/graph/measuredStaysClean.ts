// Measuring an element's box no longer sends it back to be measured again next frame.
// Cytoscape works out an element's box when something first asks for it after the element moved
// or appeared, usually its own renderer drawing the element. Doing so announces that the box
// changed (its 'bounds' event), and the renderer answers that announcement by marking the
// element's rendered style (edge paths, label places) stale and queueing it, and a node's edges,
// to be measured again at the start of the next frame: although nothing about them changed since
// they were measured, a moment before the box was. After every node of a 5,000-node map moved
// (a layout), the frame that drew them was followed by a second one re-measuring all 25,000
// elements for nothing (130 ms; the same after opening a large map).
// This keeps the element's rendered style marked as it was before its box was asked for, when
// that was current and its style unchanged: then the new box was worked out from that rendered
// style, and it is as current after the ask as before. The event still goes out and the element
// is still queued, so anything else listening hears of it; only the needless measuring is gone.
// It reaches into Cytoscape's internals, which are not public API: if the parts it needs are
// missing, nothing is changed.

import { isCollectionPrototype } from './boundingBoxPrototype';

/** What Cytoscape's renderer keeps of an element's drawn geometry, and whether it is current. */
interface RenderedStyle {
  /** The element's own drawn geometry is current. */
  clean?: boolean;
  /** A node's edges need not be measured again on its account. */
  cleanConnected?: boolean;
}

/** The parts of a Cytoscape element's private state this reads. */
interface ElementState {
  rstyle?: RenderedStyle;
  styleDirty?: boolean;
}

interface MeasuredElement {
  _private: ElementState;
}

/** Marks a prototype already given this, so it is given it once. */
const KEEPS_CLEAN = Symbol('stakemap.measuredStaysClean');

const CLEAN = 1;
const CLEAN_CONNECTED = 2;

/** Which of the flags worth keeping an element has now: none when its style is being changed. */
function currentFlags(element: MeasuredElement): number {
  const state = element._private;
  const rendered = state.rstyle;
  if (rendered?.clean !== true || state.styleDirty === true) return 0;
  return CLEAN | (rendered.cleanConnected === true ? CLEAN_CONNECTED : 0);
}

function restoreFlags(element: MeasuredElement, flags: number): void {
  const rendered = element._private.rstyle;
  if (flags === 0 || rendered === undefined) return;
  rendered.clean = true;
  if ((flags & CLEAN_CONNECTED) !== 0) rendered.cleanConnected = true;
}

/**
 * Gives `prototype` (Cytoscape's collection prototype, which every instance in the page shares)
 * this behaviour, once. Returns whether it has it.
 */
export function keepMeasuredStyleClean(prototype: unknown): boolean {
  if (!isCollectionPrototype<MeasuredElement>(prototype)) return false;
  if (Reflect.get(prototype, KEEPS_CLEAN) === true) return true;
  const boundingBox = prototype.boundingBox;
  prototype.boundingBox = function (this: ArrayLike<MeasuredElement>, options?: unknown) {
    // The renderer asks one element at a time, tens of thousands of times a frame: no array.
    if (this.length === 1) {
      const element = this[0] as MeasuredElement;
      const flags = currentFlags(element);
      const bounds = boundingBox.call(this, options);
      restoreFlags(element, flags);
      return bounds;
    }
    const flags = new Uint8Array(this.length);
    for (let index = 0; index < this.length; index += 1) {
      flags[index] = currentFlags(this[index] as MeasuredElement);
    }
    const bounds = boundingBox.call(this, options);
    for (let index = 0; index < this.length; index += 1) {
      restoreFlags(this[index] as MeasuredElement, flags[index] ?? 0);
    }
    return bounds;
  };
  Reflect.set(prototype, KEEPS_CLEAN, true);
  return true;
}
