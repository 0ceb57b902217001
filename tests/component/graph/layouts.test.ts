import type { Collection, Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Relationship, StakeNode } from '@shared/domain/types';
import type { NodeMove } from '../../../renderer/graph/nodeMoves';
import { isCancelled, LAYOUTS, runLayout } from '../../../renderer/graph/layouts';
import { rendererOf } from '../../../renderer/graph/cytoscapeRenderer';
import { patchGraph } from '../../../renderer/graph/patchGraph';
import { toElements } from '../../../renderer/graph/toElements';
import { aNode, aRelationship } from '../../factories/records';
import { headlessCy, isBatching } from './headlessCy';

let cy: Core;

beforeEach(() => {
  cy = headlessCy();
});

afterEach(() => {
  cy.destroy();
});

const show = (nodes: StakeNode[], relationships: Relationship[] = []) =>
  patchGraph(cy, toElements(nodes, relationships));

/** A hub linked to four others, laid out in a row. */
function aStar(): { nodes: StakeNode[]; relationships: Relationship[] } {
  const ids = ['hub', 'n1', 'n2', 'n3', 'n4'];
  return {
    nodes: ids.map((id, i) => aNode({ id, label: id, position: { x: i * 10, y: 0 } })),
    relationships: ids
      .slice(1)
      .map((id) => aRelationship({ id: `r-${id}`, sourceId: 'hub', targetId: id })),
  };
}

describe('layouts', () => {
  it('offers the five layouts by name', () => {
    expect(LAYOUTS.map((layout) => layout.label)).toEqual([
      'Force-directed',
      'Grid',
      'Circle',
      'Concentric',
      'Hierarchy',
    ]);
  });

  it.each(LAYOUTS.map((layout) => layout.name))(
    '%s resolves with a new position for every node, as the canvas now shows it',
    async (name) => {
      const { nodes, relationships } = aStar();
      show(nodes, relationships);

      const moves = await runLayout(cy, name);

      expect(moves.map((move) => move.id).sort()).toEqual(['hub', 'n1', 'n2', 'n3', 'n4']);
      for (const move of moves) expect(cy.$id(move.id).position()).toEqual(move.position);
      expect(moves.some((move, i) => move.position.x !== i * 10 || move.position.y !== 0)).toBe(
        true,
      );
    },
  );

  it('resolves with no moves on an empty map', async () => {
    await expect(runLayout(cy, 'force')).resolves.toEqual([]);
  });

  it('reports progress and resolves with the positions once the canvas shows them', async () => {
    const { nodes, relationships } = aStar();
    show(nodes, relationships);
    const seen: number[] = [];

    const moves = await runLayout(cy, 'force', { onProgress: (fraction) => seen.push(fraction) });

    expect(seen.at(-1)).toBe(1);
    for (const move of moves) expect(cy.$id(move.id).position()).toEqual(move.position);
  });

  it('has the renderer measure the moved nodes and edges, held from drawing meanwhile', async () => {
    const { nodes, relationships } = aStar();
    show(nodes, relationships);
    const renderer = rendererOf(cy);
    if (typeof renderer !== 'object' || renderer === null) throw new Error('no renderer');
    // The fit measures the nodes first, on the spot; the slices then measure everything held.
    const measuredWhileHeld = new Set<string>();
    const placesWhenMeasured: Array<Array<{ x: number; y: number }>> = [];
    let flushedWhileHeld: boolean | null = null;
    const note = () => placesWhenMeasured.push(cy.nodes().map((node) => ({ ...node.position() })));
    Reflect.set(renderer, 'recalculateRenderedStyle', (elements: Collection) => {
      if (isBatching(cy)) {
        elements.forEach((element) => {
          measuredWhileHeld.add(element.id());
        });
      }
      note();
    });
    Reflect.set(renderer, 'flushRenderedStyleQueue', () => {
      flushedWhileHeld = isBatching(cy);
      note();
    });

    const moves = await runLayout(cy, 'grid');
    await vi.waitFor(() => expect(flushedWhileHeld).not.toBeNull());

    // Every node and edge measured, each time with every node already where the layout put it.
    expect(measuredWhileHeld).toEqual(new Set(cy.elements().map((element) => element.id())));
    for (const places of placesWhenMeasured) {
      expect(places).toEqual(moves.map((move) => move.position));
    }
    expect(flushedWhileHeld).toBe(true);
    expect(isBatching(cy)).toBe(false);
  });

  it('saves the new places before the canvas measures them, and resolves once saved', async () => {
    const { nodes, relationships } = aStar();
    show(nodes, relationships);
    const renderer = rendererOf(cy);
    if (typeof renderer !== 'object' || renderer === null) throw new Error('no renderer');
    // The fit measures the nodes on the spot; edges are measured only by the slices.
    const events: string[] = [];
    Reflect.set(renderer, 'recalculateRenderedStyle', (elements: Collection) => {
      if (elements.edges().nonempty()) events.push('edges measured');
    });
    Reflect.set(renderer, 'flushRenderedStyleQueue', () => events.push('flushed'));
    const saves: NodeMove[][] = [];
    let finishSave = () => {};
    const save = (moves: NodeMove[]) => {
      saves.push(moves);
      return new Promise<void>((resolve) => {
        finishSave = () => {
          events.push('saved');
          resolve();
        };
      });
    };
    let resolved = false;

    const running = runLayout(cy, 'grid', { save }).then((moves) => {
      resolved = true;
      return moves;
    });
    await vi.waitFor(() => expect(saves).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));

    // On the canvas, held from drawing, nothing measured until the save is done.
    for (const move of saves[0] ?? []) expect(cy.$id(move.id).position()).toEqual(move.position);
    expect(isBatching(cy)).toBe(true);
    expect(events).toEqual([]);
    expect(resolved).toBe(false);
    finishSave();
    await expect(running).resolves.toEqual(saves[0]);
    await vi.waitFor(() => expect(events.at(-1)).toBe('flushed'));
    expect(events[0]).toBe('saved');
    expect(events).toContain('edges measured');
    expect(isBatching(cy)).toBe(false);
  });

  it("rejects with the save's error, and puts the canvas back as it was", async () => {
    const { nodes, relationships } = aStar();
    show(nodes, relationships);
    cy.viewport({ zoom: 2, pan: { x: 30, y: -40 } });
    const failure = new Error('The disk is full.');

    await expect(runLayout(cy, 'grid', { save: () => Promise.reject(failure) })).rejects.toBe(
      failure,
    );

    expect(cy.nodes().map((node) => node.position())).toEqual(nodes.map((node) => node.position));
    expect(cy.zoom()).toBe(2);
    expect(cy.pan()).toEqual({ x: 30, y: -40 });
    await vi.waitFor(() => expect(isBatching(cy)).toBe(false));
  });

  it('leaves the canvas as it was when cancelled', async () => {
    const { nodes, relationships } = aStar();
    show(nodes, relationships);
    const controller = new AbortController();

    const running = runLayout(cy, 'grid', { signal: controller.signal });
    controller.abort();

    await expect(running).rejects.toSatisfy(isCancelled);
    expect(cy.nodes().map((node) => node.position())).toEqual(nodes.map((node) => node.position));
  });

  it('puts the best-connected node in the middle of the concentric layout', async () => {
    const { nodes, relationships } = aStar();
    show(nodes, relationships);

    const moves = await runLayout(cy, 'concentric');

    const centre = (axis: 'x' | 'y') =>
      moves.reduce((sum, move) => sum + move.position[axis], 0) / moves.length;
    const hub = cy.$id('hub').position();
    expect(hub.x).toBeCloseTo(centre('x'));
    expect(hub.y).toBeCloseTo(centre('y'));
  });

  it('draws the hierarchy like an organisation chart: what a node belongs to sits above it', async () => {
    show(
      [aNode({ id: 'officer' }), aNode({ id: 'council' }), aNode({ id: 'network' })],
      [
        aRelationship({ id: 'r1', sourceId: 'officer', targetId: 'council', kind: 'works-for' }),
        aRelationship({ id: 'r2', sourceId: 'council', targetId: 'network', kind: 'member-of' }),
      ],
    );

    await runLayout(cy, 'hierarchy');

    const y = (id: string) => cy.$id(id).position().y;
    expect(y('network')).toBeLessThan(y('council'));
    expect(y('council')).toBeLessThan(y('officer'));
  });
});
