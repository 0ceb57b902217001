// An element's bounding box is answered from Cytoscape's cache while it still holds
// (cachedBounds.ts). Each test gives the fast path to a stand-in for the collection prototype,
// wrapping Cytoscape's own boundingBox, so the prototype the app uses is left as it is; the
// browser suite checks the real one.

import type { Core, NodeSingular } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBoundsFromCache } from '../../../renderer/graph/cachedBounds';
import { addTwoNodesAndTheirEdge, headlessCy } from './headlessCy';

type BoundingBox = (this: unknown, options?: unknown) => unknown;

let cy: Core;
/** How often Cytoscape's own boundingBox was asked. */
let asked: number;
let fastPath: { boundingBox: BoundingBox };

/** The box the fast path gives for `element` (a one-element collection). */
const boxOf = (element: unknown): unknown => fastPath.boundingBox.call(element);

beforeEach(() => {
  cy = headlessCy();
  addTwoNodesAndTheirEdge(cy);
  const cytoscapes = (Object.getPrototypeOf(cy.collection()) as { boundingBox: BoundingBox })
    .boundingBox;
  asked = 0;
  fastPath = {
    boundingBox(this: unknown, options?: unknown) {
      asked += 1;
      return cytoscapes.call(this, options);
    },
  };
  readBoundsFromCache(fastPath);
});

afterEach(() => cy.destroy());

/** A box measured afresh by Cytoscape, cache or no cache (an option its typings leave out). */
const measured = (element: NodeSingular | ReturnType<Core['$id']>): unknown =>
  Reflect.apply(element.boundingBox, element, [{ useCache: false }]);

describe('readBoundsFromCache', () => {
  it('gives the same boxes as Cytoscape measures for nodes and edges', () => {
    for (const id of ['a', 'b', 'ab']) {
      const element = cy.$id(id);
      expect(boxOf(element)).toEqual(measured(element));
      expect(boxOf(element)).toEqual(measured(element));
    }
  });

  it('answers a repeated ask from the cache without Cytoscape', () => {
    const node = cy.$id('a');
    boxOf(node);
    const cached = boxOf(node);
    const askedAfterTwo = asked;
    boxOf(node);
    boxOf(node);

    expect(asked).toBe(askedAfterTwo);
    expect(boxOf(node)).toBe(cached);
  });

  it('measures a node again once it has moved, and the relationships at its ends', () => {
    const node = cy.$id('b');
    const edge = cy.$id('ab');
    boxOf(node);
    boxOf(node);
    boxOf(edge);
    boxOf(edge);

    node.position({ x: 900, y: 500 });

    expect(boxOf(node)).toEqual(measured(node));
    expect(boxOf(node)).toMatchObject({ x1: expect.closeTo(900, -2) as number });
    expect(boxOf(edge)).toEqual(measured(edge));
    expect(boxOf(edge)).toMatchObject({ x2: expect.closeTo(900, -2) as number });
  });

  it('measures a group again once a node inside it has moved', () => {
    // A group's position follows its members without its cached box being dropped; Cytoscape
    // tells by the position alone.
    cy.add([
      { data: { id: 'group' } },
      { data: { id: 'member', parent: 'group' }, position: { x: 0, y: 0 } },
    ]);
    const group = cy.$id('group');
    boxOf(group);
    boxOf(group);

    cy.$id('member').position({ x: 600, y: 600 });

    expect(boxOf(group)).toEqual(measured(group));
    expect(boxOf(group)).toMatchObject({ x2: expect.closeTo(600, -2) as number });
  });

  it('measures again where a position changed without the cached box being dropped', () => {
    // Cytoscape checks the position as well as the cache, as some of its own paths write a
    // position directly; so does the fast path.
    const node = cy.$id('a');
    boxOf(node);
    boxOf(node);

    const state = Reflect.get(node, '_private') as { position: { x: number; y: number } };
    state.position.x = 450;

    expect(boxOf(node)).toMatchObject({ x1: expect.closeTo(450, -2) as number });
  });

  it('measures a node again once its style changes', () => {
    cy.style().selector('.wide').style({ width: 400 }).update();
    const node = cy.$id('a');
    boxOf(node);
    const before = boxOf(node) as { w: number };

    node.addClass('wide');

    const after = boxOf(node) as { w: number };
    expect(after.w).toBeGreaterThan(before.w + 300);
    expect(after).toEqual(measured(node));
  });

  it('answers from the cache for elements Cytoscape has just measured among several', () => {
    boxOf(cy.elements());
    const askedAfterAll = asked;

    for (const id of ['a', 'b', 'ab']) expect(boxOf(cy.$id(id))).toEqual(measured(cy.$id(id)));

    expect(asked).toBe(askedAfterAll);
  });

  it('leaves asks with options, and for several elements, to Cytoscape every time', () => {
    const both = cy.nodes();
    boxOf(both);
    const before = asked;
    boxOf(both);
    fastPath.boundingBox.call(cy.$id('a'), { includeLabels: false });
    fastPath.boundingBox.call(cy.$id('a'), { includeLabels: false });

    expect(asked).toBe(before + 3);
  });

  it('gives the fast path once, however often it is asked to', () => {
    const node = cy.$id('a');
    expect(readBoundsFromCache(fastPath)).toBe(true);
    boxOf(node);
    const before = asked;
    boxOf(node);

    expect(asked).toBe(before);
  });

  it('leaves a prototype without a boundingBox as it is', () => {
    const prototype = { other: 1 };

    expect(readBoundsFromCache(prototype)).toBe(false);
    expect(prototype).toEqual({ other: 1 });
  });
});
