// While Cytoscape has no picture of an element at the scale drawn, the one it has at another scale
// is drawn without clearing room for a new one first (textureFallback.ts). Cytoscape's canvas
// renderer needs a real 2D canvas, so a stand-in with its picture caches takes its place; the
// browser suite checks the real renderer.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  drawFromOtherScalesWithoutClearing,
  pictureLevel,
} from '../../../renderer/graph/textureFallback';
import { headlessCy } from './headlessCy';

interface Picture {
  level: number;
  scaledLabelShown: boolean;
}

/** An element as far as the caches ask about one. */
function element({ visible = true, edge = false } = {}) {
  return {
    visible: () => visible,
    removed: () => false,
    isEdge: () => edge,
    isParent: () => false,
  };
}
type Element = ReturnType<typeof element>;

/** One of Cytoscape's picture caches: pictures by level, and what Cytoscape itself was asked. */
class PictureCacheStandIn {
  pictures = new Map<number, Picture>();
  /** Requests that reached Cytoscape's own getElement, which clears room before it decides. */
  reachedCytoscape = 0;
  queued: number[] = [];
  allowEdgeTxrCaching = true;
  allowParentTxrCaching = true;
  lookup = {
    get: (_element: Element, level: number) => this.pictures.get(level),
    has: (_element: Element, level: number) => this.pictures.has(level),
  };

  getElement(
    _element: Element,
    _box: unknown,
    _pxRatio: number,
    level?: number | null,
    _reason?: string | null,
  ) {
    this.reachedCytoscape += 1;
    return { level: level ?? 0, scaledLabelShown: true };
  }

  queueElement(_element: Element, level: number): void {
    this.queued.push(level);
  }

  isVisible(): boolean {
    return true;
  }

  hasPicture(level: number, scaledLabelShown = true): Picture {
    const picture = { level, scaledLabelShown };
    this.pictures.set(level, picture);
    return picture;
  }
}

class RendererStandIn {
  labelShown = true;
  data = { eleTxrCache: new PictureCacheStandIn(), lblTxrCache: new PictureCacheStandIn() };
  eleTextBiggerThanMin(): boolean {
    return this.labelShown;
  }
}

const BOX = { w: 40, h: 40 };

let cy: Core;
let renderer: RendererStandIn;
let bodies: PictureCacheStandIn;

/** Asks for the body picture of `what` as a frame does: no level given, no reason. */
const drawn = (what: Element = element(), box: unknown = BOX) =>
  bodies.getElement(what, box, 1, undefined);

beforeEach(() => {
  cy = headlessCy();
  cy.zoom(0.1); // level -3: pictures at 1/8 scale
  renderer = new RendererStandIn();
  bodies = renderer.data.eleTxrCache;
  drawFromOtherScalesWithoutClearing(cy, renderer);
});

afterEach(() => cy.destroy());

describe('drawFromOtherScalesWithoutClearing', () => {
  it('draws a smaller picture while the right one is queued, without Cytoscape clearing room', () => {
    const smaller = bodies.hasPicture(-4);

    expect(drawn()).toBe(smaller);
    expect(bodies.reachedCytoscape).toBe(0);
    expect(bodies.queued).toEqual([-3]);
  });

  it('draws a picture two scales larger and queues the one a scale below it', () => {
    const larger = bodies.hasPicture(-1);

    expect(drawn()).toBe(larger);
    expect(bodies.reachedCytoscape).toBe(0);
    expect(bodies.queued).toEqual([-2]);
  });

  it('leaves a picture one scale larger to Cytoscape, which makes the right one from it now', () => {
    bodies.hasPicture(-2);

    drawn();

    expect(bodies.reachedCytoscape).toBe(1);
    expect(bodies.queued).toEqual([]);
  });

  it('leaves the right picture, and an element with no picture at all, to Cytoscape', () => {
    drawn();
    bodies.hasPicture(-3);
    drawn();

    expect(bodies.reachedCytoscape).toBe(2);
  });

  it('does not draw a picture made with the label shown where it should be hidden', () => {
    bodies.hasPicture(-4, true);
    renderer.labelShown = false;

    drawn();

    expect(bodies.reachedCytoscape).toBe(1);
  });

  it('leaves requests made between frames, hidden elements and empty or huge boxes to Cytoscape', () => {
    bodies.hasPicture(-4);

    bodies.getElement(element(), BOX, 1, undefined, 'dequeue');
    drawn(element({ visible: false }));
    drawn(element(), { w: 0, h: 10 });
    drawn(element(), null);
    drawn(element(), { w: 40, h: 9000 });

    expect(bodies.reachedCytoscape).toBe(5);
    expect(bodies.queued).toEqual([]);
  });

  it('leaves edges to Cytoscape where their pictures are not cached', () => {
    bodies.hasPicture(-4);
    bodies.allowEdgeTxrCaching = false;

    drawn(element({ edge: true }));

    expect(bodies.reachedCytoscape).toBe(1);
  });

  it('serves the label pictures the same way', () => {
    const labels = renderer.data.lblTxrCache;
    const smaller = labels.hasPicture(-4);

    expect(labels.getElement(element(), BOX, 1, undefined)).toBe(smaller);
    expect(labels.reachedCytoscape).toBe(0);
  });

  it('leaves a renderer without picture caches as it is', () => {
    const bare = { data: {}, eleTextBiggerThanMin: () => true };

    drawFromOtherScalesWithoutClearing(cy, bare);

    expect(bare.data).toEqual({});
  });
});

describe('pictureLevel', () => {
  it('is the power of two at or above the zoom, from 2^-4', () => {
    expect(pictureLevel(1, 1)).toBe(0);
    expect(pictureLevel(0.1, 1)).toBe(-3);
    expect(pictureLevel(0.01, 1)).toBe(-4);
    expect(pictureLevel(0.3, 2)).toBe(0);
  });

  it('keeps a level it is given, and is null where Cytoscape draws without pictures', () => {
    expect(pictureLevel(0.1, 1, -2)).toBe(-2);
    expect(pictureLevel(8, 1)).toBeNull();
    expect(pictureLevel(1, 1, 4)).toBeNull();
  });
});
