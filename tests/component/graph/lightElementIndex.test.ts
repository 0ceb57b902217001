// Elements the canvas adds carry a light stand-in for the index Cytoscape gives each of them
// (lightElementIndex.ts). These tests hold the elements to behaving in every collection operation
// as Cytoscape's own do, and the stand-in to behaving as the Map it replaces.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ElementIndex } from '../../../renderer/graph/lightElementIndex';
import { aNode, aRelationship } from '../../factories/records';
import { headlessCyShowing } from './headlessCy';

let cy: Core;

beforeEach(() => {
  cy = headlessCyShowing(
    [
      aNode({ id: 'a', label: 'Ada', position: { x: 0, y: 0 } }),
      aNode({ id: 'b', label: 'Bea', position: { x: 100, y: 0 } }),
      aNode({ id: 'c', label: 'Council', kind: 'organisation', position: { x: 50, y: 80 } }),
    ],
    [
      aRelationship({ id: 'ab', sourceId: 'a', targetId: 'b' }),
      aRelationship({ id: 'bc', sourceId: 'b', targetId: 'c' }),
    ],
  );
});

afterEach(() => cy.destroy());

const indexOf = (id: string): unknown =>
  (Reflect.get(cy.$id(id), '_private') as { map: unknown }).map;

describe('elements added by the canvas', () => {
  it('carry the light index', () => {
    const indexes = cy.elements().map((element) => indexOf(element.id()));

    expect(indexes).toHaveLength(5);
    expect(indexes.every((index) => index instanceof ElementIndex)).toBe(true);
  });

  it('answer collection questions as Cytoscape elements do', () => {
    const ada = cy.$id('a');
    const everyone = cy.nodes();

    expect(ada.same(cy.$id('a'))).toBe(true);
    expect(ada.same(cy.$id('b'))).toBe(false);
    expect(ada.has(cy.$id('a'))).toBe(true);
    expect(ada.has(cy.$id('b'))).toBe(false);
    expect(ada.anySame(everyone)).toBe(true);
    expect(everyone.contains(ada)).toBe(true);
    // indexOf is Cytoscape's, though its typings leave it out.
    expect(
      Reflect.apply(Reflect.get(everyone, 'indexOf') as () => number, everyone, [cy.$id('c')]),
    ).toBe(2);
    expect(ada.union(cy.$id('b')).map((node) => node.id())).toEqual(['a', 'b']);
    expect(everyone.difference(ada).map((node) => node.id())).toEqual(['b', 'c']);
    expect(ada.neighborhood('node').map((node) => node.id())).toEqual(['b']);
    expect(
      cy
        .$id('b')
        .connectedEdges()
        .map((edge) => edge.id()),
    ).toEqual(['ab', 'bc']);
    expect(cy.$('#c').length).toBe(1);
  });

  it('come back whole after being removed and restored', () => {
    // A node goes with its edges.
    const removed = cy.$id('b').remove();
    expect(removed.map((element) => element.id()).sort()).toEqual(['ab', 'b', 'bc']);
    expect(cy.$id('b').length).toBe(0);

    removed.restore();

    expect(cy.$id('b').same(removed.nodes())).toBe(true);
    expect(cy.nodes().contains(cy.$id('b'))).toBe(true);
    expect(
      cy
        .$id('b')
        .connectedEdges()
        .map((edge) => edge.id())
        .sort(),
    ).toEqual(['ab', 'bc']);
  });
});

describe('ElementIndex', () => {
  const element = { name: 'the element' };
  const cytoscapes = () => new Map([['a', { ele: element, index: 0 }]]);

  it('reads as the Map it replaces', () => {
    const light = new ElementIndex('a', element);

    expect(light.size).toBe(1);
    expect(light.has('a')).toBe(true);
    expect(light.has('b')).toBe(false);
    expect(light.get('a')).toEqual(cytoscapes().get('a'));
    expect(light.get('a')).toBe(light.get('a'));
    expect(light.get('b')).toBeUndefined();
    expect([...light]).toEqual([...cytoscapes()]);
    expect([...light.keys()]).toEqual(['a']);
  });

  it('changes as the Map it replaces once something changes it', () => {
    const light = new ElementIndex('a', element);
    const map = cytoscapes();
    const other = { ele: { name: 'another' }, index: 1 };

    light.set('b', other);
    map.set('b', other);
    expect([...light.entries()]).toEqual([...map.entries()]);
    expect(light.size).toBe(2);

    expect(light.delete('a')).toBe(map.delete('a'));
    expect(light.has('a')).toBe(false);
    expect([...light.values()]).toEqual([...map.values()]);
    light.clear();
    expect(light.size).toBe(0);
  });
});
