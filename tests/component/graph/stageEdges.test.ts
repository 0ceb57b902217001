// A large map's edges arrive in the frame after its nodes (stageEdges.ts).

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
  it('leaves the first frame to the nodes, then adds every edge at once and says it is done', () => {
    const done = vi.fn();
    const batchSizes: number[] = [];
    stageEdges(cy, edges, { onBatch: (added) => batchSizes.push(added.length), onDone: done });

    const counts = Array.from({ length: 3 }, edgesAfterFrame);

    expect(counts).toEqual([0, 1000, 1000]);
    expect(batchSizes).toEqual([1000]);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('hands the edges over in the frame that adds them, so none waits unstyled for a frame', () => {
    const markedAfterEachFrame: boolean[] = [];
    stageEdges(cy, edges, { onBatch: (added) => void added.addClass('marked') });

    for (let frame = 0; frame < 2; frame += 1) {
      vi.advanceTimersToNextFrame();
      markedAfterEachFrame.push(cy.edges('.marked').length === cy.edges().length);
    }

    expect(cy.edges()).toHaveLength(1000);
    expect(markedAfterEachFrame).toEqual([true, true]);
  });

  it('adds nothing once cancelled, and never says it is done', () => {
    const done = vi.fn();
    const cancel = stageEdges(cy, edges, { onBatch: () => undefined, onDone: done });
    edgesAfterFrame();

    cancel();
    for (let frame = 0; frame < 10; frame += 1) vi.advanceTimersToNextFrame();

    expect(cy.edges()).toHaveLength(0);
    expect(done).not.toHaveBeenCalled();
  });
});
