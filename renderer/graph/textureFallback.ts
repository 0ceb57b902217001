// Cytoscape draws each node (and each label) from a small picture of it cached at a power-of-two
// scale, one picture per look and scale. When the zoom crosses to a scale it has no picture for
// yet (after a layout fits the map, or a wheel zoom), it draws the picture it has at another
// scale and queues the right one to be made between frames. But before choosing to do so it has
// already cleared room for the new picture on the texture that holds them: one clear per element
// drawn, on the very canvas it then draws from, and the browser has to apply each clear before the
// next draw can read that canvas. After a grid layout of 5,000 nodes that was 5,000 such flushes,
// about 300 ms of a 700 ms frame, for room that is never used.
// This makes the same choice first, by the same rules, and when the answer is a picture at another
// scale, queues the right one and returns it without touching any texture. Every other case
// (a picture at the right scale, one to be made now, an element not drawn from a picture) goes to
// Cytoscape as before.
// It reaches into Cytoscape's renderer, which is not public API: if the parts it needs are
// missing, nothing is changed.

import type { Core } from 'cytoscape';
import { rendererOf } from './cytoscapeRenderer';

/** Cytoscape's scale range for element pictures: 2^-4 to 2^3, and no pictures from zoom 7.99. */
const MIN_LEVEL = -4;
const MAX_LEVEL = 3;
const MAX_ZOOM = 7.99;
/** The largest picture, in pixels either way; a larger element is drawn directly. */
const MAX_PICTURE = 1024;

/** One cached picture of an element. */
interface Picture {
  level: number;
  scaledLabelShown: boolean;
}

/** The parts of a Cytoscape element this uses. */
interface DrawnElement {
  visible(): boolean;
  removed(): boolean;
  isEdge(): boolean;
  isParent(): boolean;
}

interface Box {
  w: number;
  h: number;
}

/** The parts of one of Cytoscape's element texture caches (internal) this uses. */
interface PictureCache {
  getElement(
    element: DrawnElement,
    box: Box | null | undefined,
    pxRatio: number,
    level?: number | null,
    reason?: string | null,
  ): Picture | null | undefined;
  lookup: {
    get(element: DrawnElement, level: number): Picture | undefined;
    /** Whether there is a picture, without noting the element as one of its users as get does. */
    has(element: DrawnElement, level: number): boolean;
  };
  queueElement(element: DrawnElement, level: number): void;
  isVisible(element: DrawnElement, scaledLabelShown: boolean): boolean;
  allowEdgeTxrCaching: boolean;
  allowParentTxrCaching: boolean;
}

/** The parts of Cytoscape's canvas renderer this uses. */
interface PictureRenderer {
  eleTextBiggerThanMin(element: DrawnElement, scale: number): boolean;
  data: Record<string, unknown>;
}

/** The caches of element bodies and of main, source and target labels. */
const CACHE_NAMES = ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'] as const;

function isPictureCache(value: unknown): value is PictureCache {
  if (typeof value !== 'object' || value === null) return false;
  const lookup: unknown = Reflect.get(value, 'lookup');
  return (
    typeof Reflect.get(value, 'getElement') === 'function' &&
    typeof Reflect.get(value, 'queueElement') === 'function' &&
    typeof Reflect.get(value, 'isVisible') === 'function' &&
    typeof lookup === 'object' &&
    lookup !== null &&
    typeof Reflect.get(lookup, 'get') === 'function' &&
    typeof Reflect.get(lookup, 'has') === 'function'
  );
}

function isPictureRenderer(value: unknown): value is PictureRenderer {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'eleTextBiggerThanMin') === 'function' &&
    typeof Reflect.get(value, 'data') === 'object'
  );
}

/** The scale level Cytoscape draws at for this zoom, or null where it draws without pictures. */
export function pictureLevel(zoom: number, pxRatio: number, asked?: number | null): number | null {
  // + 0 turns the -0 that Math.ceil gives for zooms just under 1 into 0.
  const level = asked ?? Math.ceil(Math.log2(zoom * pxRatio)) + 0;
  if (level < MIN_LEVEL) return MIN_LEVEL;
  if (zoom >= MAX_ZOOM || level > MAX_LEVEL) return null;
  return level;
}

/**
 * The picture at another scale that Cytoscape would draw `element` from, after queueing the right
 * one; undefined wherever Cytoscape would do anything else, which it is then left to do.
 */
function pictureAtAnotherScale(
  cache: PictureCache,
  renderer: PictureRenderer,
  zoom: number,
  element: DrawnElement,
  box: Box | null | undefined,
  pxRatio: number,
  asked: number | null | undefined,
): Picture | undefined {
  if (!box || !(box.w > 0) || !(box.h > 0)) return undefined;
  if (element.isEdge() && !cache.allowEdgeTxrCaching) return undefined;
  if (element.isParent() && !cache.allowParentTxrCaching) return undefined;
  const level = pictureLevel(zoom, pxRatio, asked);
  // Most asks find the picture at hand: they go straight to Cytoscape, checked once.
  if (level === null || cache.lookup.has(element, level)) return undefined;
  if (!element.visible() || element.removed()) return undefined;
  const scale = 2 ** level;
  const labelShown = renderer.eleTextBiggerThanMin(element, scale);
  if (!cache.isVisible(element, labelShown)) return undefined;
  if (box.h * scale > MAX_PICTURE || box.w * scale > MAX_PICTURE) return undefined;

  const fits = (picture: Picture | undefined): picture is Picture =>
    picture?.scaledLabelShown === labelShown;
  const larger = firstPicture(cache, element, level + 1, 1);
  if (larger) {
    // One level up, Cytoscape makes the picture now by scaling that one down.
    if (fits(larger) && larger.level === level + 1) return undefined;
    if (fits(larger)) {
      cache.queueElement(element, larger.level - 1);
      return larger;
    }
  }
  const smaller = firstPicture(cache, element, level - 1, -1);
  if (fits(smaller)) {
    cache.queueElement(element, level);
    return smaller;
  }
  return undefined;
}

/** The first picture of `element` from level `from` on, stepping by `step` within the range. */
function firstPicture(
  cache: PictureCache,
  element: DrawnElement,
  from: number,
  step: 1 | -1,
): Picture | undefined {
  for (let level = from; level >= MIN_LEVEL && level <= MAX_LEVEL; level += step) {
    const picture = cache.lookup.get(element, level);
    if (picture) return picture;
  }
  return undefined;
}

/** `renderer` is Cytoscape's own unless a test gives another. */
export function drawFromOtherScalesWithoutClearing(
  cy: Core,
  renderer: unknown = rendererOf(cy),
): void {
  if (!isPictureRenderer(renderer)) return;
  for (const name of CACHE_NAMES) {
    const cache = renderer.data[name];
    if (!isPictureCache(cache)) continue;
    const getElement = cache.getElement.bind(cache);
    cache.getElement = (element, box, pxRatio, level, reason) => {
      // Requests made between frames (to make, refine or scale a picture) carry a reason.
      const fallback =
        reason == null
          ? pictureAtAnotherScale(cache, renderer, cy.zoom(), element, box, pxRatio, level)
          : undefined;
      return fallback ?? getElement(element, box, pxRatio, level, reason);
    };
  }
}
