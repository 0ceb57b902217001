// Adds a large map's edges over several frames once its nodes are on the canvas, so the first
// frame shows every node and no single task holds the page for all the edges at once.

import type { CollectionReturnValue, Core } from 'cytoscape';
import { EDGES_PER_FRAME } from './levelOfDetail';
import { addDefinitions } from './patchGraph';
import type { EdgeElement } from './toElements';

export interface StagedEdgeCallbacks {
  onBatch(added: CollectionReturnValue): void;
  onDone?(): void;
}

/**
 * Adds `edges` one batch per animation frame, handing each batch to `onBatch` in the same task
 * (so it is drawn already showing the selection and filter), then calls `onDone` if given. The
 * first batch holds `perFrame`; each later one as many as are already drawn. Every frame redraws
 * all the edges so far, so equal batches would redraw the map's edges about (batches ÷ 2) times
 * over (eight batches of 2,500 at 20,000 edges drew 90,000); doubling keeps it to about twice.
 * Returns a cancel function: a later patch of the whole graph adds whatever is still missing.
 */
export function stageEdges(
  cy: Core,
  edges: readonly EdgeElement[],
  { onBatch, onDone }: StagedEdgeCallbacks,
  perFrame: number = EDGES_PER_FRAME,
): () => void {
  let next = 0;
  let frame = 0;
  const addBatch = () => {
    const batch = edges.slice(next, next + Math.max(perFrame, next));
    next += batch.length;
    // One batch: Cytoscape restyles and redraws once for all of them and their state, not once
    // per edge.
    if (batch.length > 0) cy.batch(() => onBatch(addDefinitions(cy, batch)));
    if (next < edges.length) frame = requestAnimationFrame(addBatch);
    else onDone?.();
  };
  // The first batch waits a whole frame: the one in which Cytoscape draws the nodes alone and the
  // browser shows them, before any edge work holds the page.
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(addBatch);
  });
  return () => cancelAnimationFrame(frame);
}
