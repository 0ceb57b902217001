// Measuring an element's box leaves its drawn geometry marked current when it was
// (measuredStaysClean.ts). Headless Cytoscape has no renderer, so each test stands in for the
// renderer's one part that matters here: on the 'bounds' event it marks the element's drawn
// geometry stale, as Cytoscape's canvas renderer does. The behaviour is given to a stand-in for
// the collection prototype, so the prototype the app uses is left as it is; the browser suite
// checks the real one.

import type { Core, SingularElementReturnValue } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepMeasuredStyleClean } from '../../../renderer/graph/measuredStaysClean';
import { addTwoNodesAndTheirEdge, headlessCy } from './headlessCy';

type BoundingBox = (this: unknown, options?: unknown) => unknown;

interface RenderedStyle {
  clean?: boolean;
  cleanConnected?: boolean;
}

let cy: Core;
let cytoscapes: BoundingBox;
let wrapped: { boundingBox: BoundingBox };
/** How many 'bounds' events elements sent. */
let boundsEvents: number;

const renderedStyle = (element: SingularElementReturnValue): RenderedStyle =>
  (Reflect.get(element, '_private') as { rstyle: RenderedStyle }).rstyle;

/** What the renderer does once it has measured an element's drawn geometry. */
function markMeasured(element: SingularElementReturnValue): void {
  Object.assign(renderedStyle(element), { clean: true, cleanConnected: true });
}

beforeEach(() => {
  cy = headlessCy();
  addTwoNodesAndTheirEdge(cy);
  // Styles worked out and boxes measured once, as on a canvas that has drawn the map.
  cy.elements().boundingBox();
  boundsEvents = 0;
  cy.on('bounds', (event) => {
    boundsEvents += 1;
    Object.assign(renderedStyle(event.target as SingularElementReturnValue), {
      clean: false,
      cleanConnected: false,
    });
  });
  cytoscapes = (Object.getPrototypeOf(cy.collection()) as { boundingBox: BoundingBox }).boundingBox;
  wrapped = {
    boundingBox(this: unknown, options?: unknown) {
      return cytoscapes.call(this, options);
    },
  };
  keepMeasuredStyleClean(wrapped);
});

afterEach(() => cy.destroy());

/** A node moved and measured by the renderer since, its box not yet worked out. */
function movedAndMeasured(id: string): SingularElementReturnValue {
  const node = cy.$id(id);
  node.position({ x: 700, y: 420 });
  markMeasured(node);
  return node;
}

describe('keepMeasuredStyleClean', () => {
  it("keeps a moved node's measured drawing current once its box is worked out", () => {
    const node = movedAndMeasured('b');
    const eventsBefore = boundsEvents;

    const box = wrapped.boundingBox.call(node);
    const afterwards = { ...renderedStyle(node) };
    const announced = boundsEvents > eventsBefore;

    expect(afterwards).toMatchObject({ clean: true, cleanConnected: true });
    // The change is still announced: only the needless measuring is left out.
    expect(announced).toBe(true);
    expect(box).toEqual(Reflect.apply(node.boundingBox, node, [{ useCache: false }]));
    expect(box).toMatchObject({ x1: expect.closeTo(700, -2) as number });
  });

  it('is needed: Cytoscape alone marks it stale again', () => {
    const node = movedAndMeasured('b');

    cytoscapes.call(node);

    expect(renderedStyle(node).clean).toBe(false);
  });

  it('leaves stale what was stale before the ask', () => {
    const node = cy.$id('a');
    node.position({ x: 50, y: 50 });

    wrapped.boundingBox.call(node);

    expect(renderedStyle(node).clean).toBe(false);
  });

  it("keeps a node's edges queued when they were, and its own drawing current", () => {
    const node = movedAndMeasured('a');
    renderedStyle(node).cleanConnected = false;

    wrapped.boundingBox.call(node);

    expect(renderedStyle(node)).toMatchObject({ clean: true, cleanConnected: false });
  });

  it('leaves an element whose style is changing to be measured again', () => {
    cy.style().selector('.wide').style({ width: 400 }).update();
    const node = movedAndMeasured('a');
    node.addClass('wide');

    wrapped.boundingBox.call(node);

    expect(renderedStyle(node).clean).toBe(false);
  });

  it('does the same for a box of several elements, element by element', () => {
    const stale = cy.$id('a');
    stale.position({ x: -90, y: 10 });
    const moved = movedAndMeasured('b');
    const edge = cy.$id('ab');
    markMeasured(edge);

    wrapped.boundingBox.call(cy.elements());

    expect(renderedStyle(moved).clean).toBe(true);
    expect(renderedStyle(edge).clean).toBe(true);
    expect(renderedStyle(stale).clean).toBe(false);
  });

  it('is given once, however often it is asked to', () => {
    const first = wrapped.boundingBox;

    expect(keepMeasuredStyleClean(wrapped)).toBe(true);
    expect(wrapped.boundingBox).toBe(first);
  });

  it('leaves a prototype without a boundingBox as it is', () => {
    const prototype = { other: 1 };

    expect(keepMeasuredStyleClean(prototype)).toBe(false);
    expect(prototype).toEqual({ other: 1 });
  });
});
