// A large map's edges arrive over a few frames after its nodes (stageEdges.ts).

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { patchGraph } from '../../../renderer/graph/patchGraph';
import { stageEdges } from '../../../renderer/graph/stageEdges';
import { toElements, type EdgeElement } from '../../../renderer/graph/toElements';
import { aNode, aRelationship } from '../../factories/records';
import { headlessCy } from './headlessCy';

let cy: Core;
let edges: EdgeElement[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  cy = headlessCy();
  const nodes = Array.from({ length: 20 }, (_, index) => aNode({ id: `n${index}` }));
  const relationships = Array.from({ length: 1000 }, (_, index) =>
    aRelationship({
      id: `r${index}`,
      sourceId: `n${index % 20}`,
      targetId: `n${(index + 1) % 20}`,
    }),
  );
  const elements = toElements(nodes, relationships);
  patchGraph(cy, { nodes: elements.nodes, edges: [] });
  edges = elements.edges;
});

afterEach(() => {
  cy.destroy();
  vi.useRealTimers();
});

/** Runs one animation frame and says how many edges are on the canvas after it. */
function edgesAfterFrame(): number {
  vi.advanceTimersToNextFrame();
  return cy.edges().length;
}

describe('stageEdges', () => {
  it('leaves the first frame to the nodes, then grows each batch to what is drawn', () => {
    const done = vi.fn();
    const batchSizes: number[] = [];
    stageEdges(cy, edges, { onBatch: (added) => batchSizes.push(added.length), onDone: done }, 100);

    const counts = Array.from({ length: 6 }, edgesAfterFrame);

    // Frame 1 nodes only; then 100, 100 more, then doubling: 400, 800, and the last 200.
    expect(counts).toEqual([0, 100, 200, 400, 800, 1000]);
    expect(batchSizes).toEqual([100, 100, 200, 400, 200]);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('hands each batch over in the frame that adds it, so no edge waits unstyled for a frame', () => {
    stageEdges(cy, edges, { onBatch: (added) => void added.addClass('marked') }, 100);

    const everyEdgeMarked = Array.from({ length: 6 }, () => {
      vi.advanceTimersToNextFrame();
      return cy.edges('.marked').length === cy.edges().length;
    });

    expect(cy.edges()).toHaveLength(1000);
    expect(everyEdgeMarked).toEqual([true, true, true, true, true, true]);
  });

  it('adds nothing more once cancelled, and never says it is done', () => {
    const done = vi.fn();
    const cancel = stageEdges(cy, edges, { onBatch: () => undefined, onDone: done }, 100);
    edgesAfterFrame();
    edgesAfterFrame();

    cancel();
    for (let frame = 0; frame < 10; frame += 1) vi.advanceTimersToNextFrame();

    expect(cy.edges().length).toBe(100);
    expect(done).not.toHaveBeenCalled();
  });
});
