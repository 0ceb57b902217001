// What is under the pointer is tested only among the elements whose box is near it
// (nearbyHitTest.ts). Cytoscape's canvas renderer needs a real 2D canvas, so a stand-in with its
// two methods takes its place here; the browser suite compares answers on the real one.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hitTestOnlyNearbyElements } from '../../../renderer/graph/nearbyHitTest';
import { headlessCy } from './headlessCy';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An element as the hit test sees it: a box, and whether it takes pointer events. */
class StandInElement {
  constructor(
    readonly id: string,
    private readonly box: Box,
    readonly interactive = true,
  ) {}
  boundingBox(): Box {
    return this.box;
  }
}

type DrawingOrder = StandInElement[] & { interactive?: StandInElement[] };

/**
 * Cytoscape's two methods, on the prototype as in Cytoscape. Its test is played by one that
 * records the elements it was given and answers with the topmost whose box, widened by Cytoscape's
 * tolerance (8 screen pixels, 24 under a finger), holds the point.
 */
class StandInRenderer {
  seen: string[][] = [];
  constructor(
    private readonly elements: StandInElement[],
    private readonly zoom: () => number,
  ) {}
  getCachedZSortedEles(): DrawingOrder {
    const order: DrawingOrder = [...this.elements];
    order.interactive = order.filter((element) => element.interactive);
    return order;
  }
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): string[] {
    const order = this.getCachedZSortedEles();
    const pool = interactiveOnly ? (order.interactive ?? order) : order;
    this.seen.push(pool.map((element) => element.id));
    const tolerance = (isTouch ? 24 : 8) / this.zoom();
    const under = [...pool]
      .reverse()
      .find((element) => within(element.boundingBox(), x, y, tolerance));
    return under ? [under.id] : [];
  }
}

function within(box: Box, x: number, y: number, reach: number): boolean {
  return x >= box.x1 - reach && x <= box.x2 + reach && y >= box.y1 - reach && y <= box.y2 + reach;
}

function square(x: number, y: number, side = 20): Box {
  return { x1: x, y1: y, x2: x + side, y2: y + side };
}

let cy: Core;

beforeEach(() => {
  cy = headlessCy();
});

afterEach(() => cy.destroy());

/** A stand-in renderer over `elements` (first drawn first), with the shortcut installed. */
function installedOver(elements: StandInElement[]): StandInRenderer {
  const renderer = new StandInRenderer(elements, () => cy.zoom());
  hitTestOnlyNearbyElements(cy, renderer);
  return renderer;
}

describe('hitTestOnlyNearbyElements', () => {
  it("hands Cytoscape's test only the elements near the point, in drawing order", () => {
    const renderer = installedOver([
      new StandInElement('far', square(500, 500)),
      new StandInElement('under', square(0, 0)),
      new StandInElement('beside', square(40, 0)),
      new StandInElement('on top', square(5, 5)),
    ]);

    const answer = renderer.findNearestElements(10, 10, true, false);

    expect(answer).toEqual(['on top']);
    expect(renderer.seen).toEqual([['under', 'beside', 'on top']]);
  });

  it('widens each box by 32 screen pixels, so the reach shrinks as the view zooms in', () => {
    const renderer = installedOver([new StandInElement('a', square(0, 0))]);

    cy.zoom(0.5);
    renderer.findNearestElements(80, 10, true, false);
    cy.zoom(2);
    renderer.findNearestElements(80, 10, true, false);

    // 60 model units right of the box: within 64 at zoom 0.5, beyond 16 at zoom 2.
    expect(renderer.seen).toEqual([['a'], []]);
  });

  it('leaves out elements that take no pointer events when Cytoscape asks for those only', () => {
    const renderer = installedOver([
      new StandInElement('inert', square(0, 0), false),
      new StandInElement('live', square(0, 0)),
      new StandInElement('far', square(900, 900)),
    ]);

    renderer.findNearestElements(10, 10, true, false);
    renderer.findNearestElements(10, 10, false, false);

    expect(renderer.seen).toEqual([['live'], ['inert', 'live']]);
  });

  it('gives the same answer as testing every element, all over the map', () => {
    const elements = Array.from(
      { length: 60 },
      (_, i) =>
        new StandInElement(`e${i}`, square((i * 37) % 400, (i * 53) % 300, 10 + (i % 4) * 15)),
    );
    const everyElement = new StandInRenderer(elements, () => cy.zoom());
    const nearbyOnly = installedOver(elements);

    for (const zoom of [0.25, 1, 3]) {
      cy.zoom(zoom);
      for (let x = -40; x <= 440; x += 13) {
        for (let y = -40; y <= 340; y += 17) {
          for (const touch of [false, true]) {
            expect(nearbyOnly.findNearestElements(x, y, true, touch)).toEqual(
              everyElement.findNearestElements(x, y, true, touch),
            );
          }
        }
      }
    }
  });

  it('leaves the renderer reading its own drawing order after each test', () => {
    const renderer = installedOver([new StandInElement('a', square(0, 0))]);

    renderer.findNearestElements(500, 500, true, false);

    expect(Object.hasOwn(renderer, 'getCachedZSortedEles')).toBe(false);
    expect(renderer.getCachedZSortedEles().map((element) => element.id)).toEqual(['a']);
  });

  it('changes nothing on a renderer without the parts it needs', () => {
    const renderer = { findNearestElements: () => ['untouched'] };
    const before = renderer.findNearestElements;

    hitTestOnlyNearbyElements(cy, renderer);

    expect(renderer.findNearestElements).toBe(before);
  });
});
