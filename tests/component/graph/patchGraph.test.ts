import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { patchGraph } from '../../../renderer/graph/patchGraph';
import { CONNECT_SOURCE_CLASS } from '../../../renderer/graph/stateClasses';
import { toElements, UNASSESSED_CLASS } from '../../../renderer/graph/toElements';
import { aNode, aRelationship } from '../../factories/records';
import { rendererOf } from '../../../renderer/graph/cytoscapeRenderer';
import { headlessCy, isBatching } from './headlessCy';

let cy: Core;

beforeEach(() => {
  cy = headlessCy();
});

afterEach(() => {
  cy.destroy();
});

const patch = (nodes: StakeNode[], relationships: Relationship[] = []) =>
  patchGraph(cy, toElements(nodes, relationships));

const twoNodes = () => [
  aNode({ id: 'a', label: 'Alice', position: { x: 0, y: 0 } }),
  aNode({ id: 'b', kind: 'network', label: 'Panel', position: { x: 100, y: 50 } }),
];

/** Records every element event cy emits, to prove what a patch did (or did not) touch. */
function recordEvents(): string[] {
  const events: string[] = [];
  cy.on('add remove data position class', (event) => {
    events.push(event.type);
  });
  return events;
}

describe('patchGraph', () => {
  it('adds nodes and edges to an empty canvas', () => {
    patch(twoNodes(), [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })]);

    expect(cy.nodes().map((node) => node.id())).toEqual(['a', 'b']);
    expect(cy.$id('b').data('label')).toBe('Panel');
    expect(cy.$id('b').position()).toEqual({ x: 100, y: 50 });
    expect(cy.$id('b').hasClass('kind-network')).toBe(true);
    expect(cy.$id('r').isEdge()).toBe(true);
    expect(cy.$id('r').source().id()).toBe('a');
  });

  it('removes elements that are gone, with the edges of a removed node', () => {
    patch(twoNodes(), [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })]);

    patch([aNode({ id: 'a', label: 'Alice', position: { x: 0, y: 0 } })]);

    expect(cy.elements().map((ele) => ele.id())).toEqual(['a']);
  });

  it('updates a changed label in place rather than re-adding the node', () => {
    patch(twoNodes());
    const alice = cy.$id('a');
    alice.select();

    patch([aNode({ id: 'a', label: 'Alice Jones' }), twoNodes()[1] as StakeNode]);

    expect(alice.removed()).toBe(false);
    expect(alice.data('label')).toBe('Alice Jones');
    expect(alice.selected()).toBe(true);
  });

  it('changes kind classes but keeps classes set from UI state', () => {
    patch(twoNodes());
    cy.$id('a').addClass(CONNECT_SOURCE_CLASS);

    patch([aNode({ id: 'a', kind: 'organisation' }), twoNodes()[1] as StakeNode]);

    expect(cy.$id('a').classes().sort()).toEqual([
      CONNECT_SOURCE_CLASS,
      'kind-organisation',
      UNASSESSED_CLASS,
    ]);
  });

  it('updates an edge when it becomes undirected', () => {
    patch(twoNodes(), [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b', directed: true })]);

    patch(twoNodes(), [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b', directed: false })]);

    expect(cy.$id('r').data('directed')).toBe(false);
    expect(cy.$id('r').hasClass('directed')).toBe(false);
  });

  it('replaces an edge whose ends changed (Cytoscape edges cannot move ends by data)', () => {
    patch(twoNodes(), [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })]);

    patch(twoNodes(), [aRelationship({ id: 'r', sourceId: 'b', targetId: 'a' })]);

    expect(cy.$id('r').source().id()).toBe('b');
    expect(cy.$id('r').target().id()).toBe('a');
  });

  it('moves a node whose stored position changed', () => {
    patch(twoNodes());

    patch([
      aNode({ id: 'a', label: 'Alice', position: { x: 40, y: 60 } }),
      twoNodes()[1] as StakeNode,
    ]);

    expect(cy.$id('a').position()).toEqual({ x: 40, y: 60 });
  });

  it('places many moved nodes together, as a layout does, measured while frames are held', async () => {
    /** `count` nodes in a row, `shift` to the right, each joined to the next. */
    const row = (count: number, shift: number) => ({
      nodes: Array.from({ length: count }, (_, i) =>
        aNode({ id: `n${i}`, label: `N${i}`, position: { x: i * 10 + shift, y: 0 } }),
      ),
      relationships: Array.from({ length: count - 1 }, (_, i) =>
        aRelationship({ id: `r${i}`, sourceId: `n${i}`, targetId: `n${i + 1}` }),
      ),
    });
    const measuredWhileHeld = new Set<string>();
    const renderer = rendererOf(cy) as object;
    Reflect.set(renderer, 'recalculateRenderedStyle', (elements: ArrayLike<{ id(): string }>) => {
      if (!isBatching(cy)) return;
      for (let i = 0; i < elements.length; i += 1) measuredWhileHeld.add(elements[i]!.id());
    });
    Reflect.set(renderer, 'flushRenderedStyleQueue', () => {});
    // One edge list for both patches, as when only the nodes' places change (an undone layout).
    const before = row(600, 0);
    const after = row(600, 5000);
    const elements = toElements(before.nodes, before.relationships);
    patchGraph(cy, elements);
    const few = toElements(
      before.nodes.map((node, i) => (i < 10 ? { ...node, position: { x: -1, y: i } } : node)),
      before.relationships,
    );

    patchGraph(cy, { nodes: few.nodes, edges: elements.edges });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(measuredWhileHeld.size).toBe(0);
    patchGraph(cy, {
      nodes: toElements(after.nodes, after.relationships).nodes,
      edges: elements.edges,
    });

    expect(cy.$id('n599').position()).toEqual({ x: 5990 + 5000, y: 0 });
    // Measured in slices, then let go: the last slice's measuring comes a task after the others.
    await vi.waitFor(() => {
      expect(measuredWhileHeld.size).toBe(600 + 599);
      expect(isBatching(cy)).toBe(false);
    });
  });

  it('touches nothing when the records match what is shown, as after a drag is saved', () => {
    patch(twoNodes(), [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })]);
    cy.$id('a').position({ x: 300, y: 200 }); // the user drags…
    const dragged = [
      aNode({ id: 'a', label: 'Alice', position: { x: 300, y: 200 } }), // …and the save comes back
      twoNodes()[1] as StakeNode,
    ];
    const events = recordEvents();

    patch(dragged, [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })]);

    expect(events).toEqual([]);
    expect(cy.$id('a').position()).toEqual({ x: 300, y: 200 });
  });

  it('makes all its changes inside one batch', () => {
    patch(twoNodes());
    const log: string[] = [];
    const start = cy.startBatch.bind(cy);
    const end = cy.endBatch.bind(cy);
    vi.spyOn(cy, 'startBatch').mockImplementation(() => {
      log.push('start');
      return start();
    });
    vi.spyOn(cy, 'endBatch').mockImplementation(() => {
      log.push('end');
      return end();
    });
    cy.on('add remove data', (event) => {
      log.push(event.type);
    });

    patch([aNode({ id: 'a', label: 'Renamed' }), aNode({ id: 'c' })]);

    expect(log[0]).toBe('start');
    expect(log.at(-1)).toBe('end');
    expect(log.filter((entry) => entry === 'start')).toHaveLength(1);
    expect(log).toEqual(expect.arrayContaining(['add', 'remove', 'data']));
  });

  it('reads only the records that changed: the others are not looked at again', () => {
    const nodes = twoNodes();
    const relationships = [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })];
    patchGraph(cy, toElements(nodes, relationships));
    const untouched = cy.$id('b');
    const read = vi.spyOn(untouched, 'data');

    // Live queries hand back unchanged records as the same objects; only Alice is new.
    patchGraph(
      cy,
      toElements([aNode({ id: 'a', label: 'Alice Jones' }), nodes[1] as StakeNode], relationships),
    );

    expect(cy.$id('a').data('label')).toBe('Alice Jones');
    expect(read).not.toHaveBeenCalled();
  });

  it('leaves the edges be when their list is the one already on the canvas', () => {
    const nodes = twoNodes();
    const relationships = [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })];
    const first = toElements(nodes, relationships);
    patchGraph(cy, first);
    const lookUp = vi.spyOn(cy, 'getElementById');
    const edits = toElements(
      [aNode({ id: 'a', label: 'Ada' }), nodes[1] as StakeNode],
      relationships,
    );
    expect(edits.edges).toBe(first.edges);

    patchGraph(cy, edits);

    expect(cy.$id('a').data('label')).toBe('Ada');
    expect(cy.$id('r').source().id()).toBe('a');
    expect(lookUp.mock.calls.map(([id]) => id)).not.toContain('r');
  });

  it('looks up only the node an edit changed, and no others', () => {
    const nodes = twoNodes();
    const relationships = [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })];
    patchGraph(cy, toElements(nodes, relationships));
    const lookUp = vi.spyOn(cy, 'getElementById');
    const listNodes = vi.spyOn(cy, 'nodes');

    patchGraph(
      cy,
      toElements([aNode({ id: 'a', label: 'Ada' }), nodes[1] as StakeNode], relationships),
    );

    expect(cy.$id('a').data('label')).toBe('Ada');
    expect(lookUp.mock.calls.map(([id]) => id)).toEqual(['a']);
    expect(listNodes).not.toHaveBeenCalled();
  });

  it('swaps a node for a new one when as many nodes come with the same edge list', () => {
    const first = toElements(twoNodes(), []);
    patchGraph(cy, first);
    const [carol] = toElements([aNode({ id: 'c', label: 'Carol' })], []).nodes;
    if (carol === undefined) throw new Error('no node made');

    patchGraph(cy, { nodes: [first.nodes[0]!, carol], edges: first.edges });

    expect(cy.nodes().map((node) => node.id())).toEqual(['a', 'c']);
  });

  it('patches everything when the same edge list comes with a node more or a node less', () => {
    const relationships = [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })];
    const first = toElements(twoNodes(), relationships);
    patchGraph(cy, first);
    const [carol] = toElements([aNode({ id: 'c', label: 'Carol' })], []).nodes;
    if (carol === undefined) throw new Error('no node made');

    patchGraph(cy, { nodes: [...first.nodes, carol], edges: first.edges });
    expect(cy.elements().map((ele) => ele.id())).toEqual(['a', 'b', 'r', 'c']);

    patchGraph(cy, { nodes: first.nodes, edges: first.edges });
    expect(cy.elements().map((ele) => ele.id())).toEqual(['a', 'b', 'r']);
  });

  it('keeps what the canvas does to an element off the definitions other canvases are built from', () => {
    const elements = toElements(twoNodes(), []);
    patchGraph(cy, elements);
    cy.$id('a').position({ x: 500, y: 500 });
    cy.$id('a').data('label', 'Typed on the canvas');

    const other = headlessCy();
    patchGraph(other, elements);

    expect(other.$id('a').position()).toEqual({ x: 0, y: 0 });
    expect(other.$id('a').data('label')).toBe('Alice');
    other.destroy();
  });
});
