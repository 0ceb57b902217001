// Turns Cytoscape's pointer events into the domain callbacks GraphCanvas offers. Nothing of
// Cytoscape leaves through here: callers get ids, selections and positions.

import type { Core, EventObjectCore, EventObjectEdge, EventObjectNode } from 'cytoscape';
import type { Selection } from '../state/selection';
import type { NodeMove } from './nodeMoves';

export interface CanvasEventHandlers {
  onSelect(selection: Selection): void;
  onNodesMoved(moves: NodeMove[]): void;
  /** Any pointer down on the canvas, so the canvas can take keyboard focus. */
  onPointerDown(): void;
}

/** Subscribes to cy's events; returns the unsubscribe. */
export function attachCanvasEvents(cy: Core, handlers: CanvasEventHandlers): () => void {
  // Dragging a group releases each node with its own 'dragfree' in one task; collecting them
  // until the microtask after lets the caller save one move for the whole group.
  let pending: NodeMove[] = [];
  let attached = true;
  const flush = (): void => {
    const moves = pending;
    pending = [];
    if (attached && moves.length > 0) handlers.onNodesMoved(moves);
  };

  const onNodeTap = (event: EventObjectNode): void =>
    handlers.onSelect({ type: 'node', id: event.target.id() });
  const onEdgeTap = (event: EventObjectEdge): void =>
    handlers.onSelect({ type: 'relationship', id: event.target.id() });
  const onBackgroundTap = (event: EventObjectCore): void => {
    if (event.target === cy) handlers.onSelect(null);
  };
  const onDragFree = (event: EventObjectNode): void => {
    const { x, y } = event.target.position();
    if (pending.length === 0) queueMicrotask(flush);
    pending.push({ id: event.target.id(), position: { x, y } });
  };
  const onTapStart = (): void => handlers.onPointerDown();

  cy.on('tap', 'node', onNodeTap);
  cy.on('tap', 'edge', onEdgeTap);
  cy.on('tap', onBackgroundTap);
  cy.on('dragfree', 'node', onDragFree);
  cy.on('tapstart', onTapStart);

  return () => {
    attached = false;
    cy.off('tap', 'node', onNodeTap);
    cy.off('tap', 'edge', onEdgeTap);
    cy.off('tap', onBackgroundTap);
    cy.off('dragfree', 'node', onDragFree);
    cy.off('tapstart', onTapStart);
  };
}
