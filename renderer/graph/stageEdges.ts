// Adds a large map's edges one frame after its nodes, so the first frame the user sees shows every
// node, drawn before any edge work holds the page.

import type { CollectionReturnValue, Core } from 'cytoscape';
import { addDefinitions } from './patchGraph';
import type { EdgeElement } from './toElements';

export interface StagedEdgeCallbacks {
  onBatch(added: CollectionReturnValue): void;
  onDone?(): void;
}

/**
 * Waits for the frame that draws the nodes alone, then adds every edge in one batch, handing the
 * batch to `onBatch` in the same task (so it is drawn already showing the selection and filter),
 * then calls `onDone` if given. One batch rather than a few: each frame that adds edges makes
 * Cytoscape restyle and redraw everything on the canvas without its layer cache, so at 5,000 nodes
 * and 20,000 edges four growing batches took 6.0–7.0 s to the last edge and one takes 4.3–6.0 s.
 * Returns a cancel function: a later patch of the whole graph adds whatever is still missing.
 */
export function stageEdges(
  cy: Core,
  edges: readonly EdgeElement[],
  { onBatch, onDone }: StagedEdgeCallbacks,
): () => void {
  const addAll = () => {
    // One batch: Cytoscape restyles and redraws once for all of them and their state, not once
    // per edge.
    if (edges.length > 0) cy.batch(() => onBatch(addDefinitions(cy, edges)));
    onDone?.();
  };
  // Two frames: the one in which Cytoscape draws the nodes, and the one in which the browser
  // shows them.
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(addAll);
  });
  return () => cancelAnimationFrame(frame);
}
