// Turns Cytoscape's pointer events into the domain callbacks GraphCanvas offers. Nothing of
// Cytoscape leaves through here: callers get ids, selections and positions.

import type { Core, EventObjectCore, EventObjectEdge, EventObjectNode } from 'cytoscape';
import type { Selection } from '../state/selection';
import type { NodeMove } from './nodeMoves';

export interface CanvasEventHandlers {
  /** A plain tap: this element alone (or nothing, on the background). */
  onSelect(selection: Selection): void;
  /** A tap on a node with Shift, Ctrl or Cmd held: add it to the selection or take it out. */
  onToggleNode(id: string): void;
  /** A box drawn with Shift, Ctrl or Cmd held: the nodes inside it, to add to the selection. */
  onBoxSelect(ids: string[]): void;
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

  // Cytoscape emits 'box' on each element inside a finished box, one after another in one task;
  // like drags, they are collected and reported once.
  let boxed: string[] = [];
  const flushBox = (): void => {
    const ids = boxed;
    boxed = [];
    if (attached && ids.length > 0) handlers.onBoxSelect(ids);
  };

  const onNodeTap = (event: EventObjectNode): void => {
    if (withModifier(event.originalEvent)) handlers.onToggleNode(event.target.id());
    else handlers.onSelect({ type: 'node', id: event.target.id() });
  };
  const onEdgeTap = (event: EventObjectEdge): void =>
    handlers.onSelect({ type: 'relationship', id: event.target.id() });
  const onBackgroundTap = (event: EventObjectCore): void => {
    // With a modifier held, a missed click keeps what was picked so far, as in a file manager.
    if (event.target === cy && !withModifier(event.originalEvent)) handlers.onSelect(null);
  };
  const onBox = (event: EventObjectNode): void => {
    if (boxed.length === 0) queueMicrotask(flushBox);
    boxed.push(event.target.id());
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
  cy.on('box', 'node', onBox);
  cy.on('tapstart', onTapStart);

  return () => {
    attached = false;
    cy.off('tap', 'node', onNodeTap);
    cy.off('tap', 'edge', onEdgeTap);
    cy.off('tap', onBackgroundTap);
    cy.off('dragfree', 'node', onDragFree);
    cy.off('box', 'node', onBox);
    cy.off('tapstart', onTapStart);
  };
}

/** Shift, Ctrl or Cmd held (on a mouse or a touch event): the keys Cytoscape means "more" by. */
function withModifier(event: unknown): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const keys = event as Partial<Pick<MouseEvent, 'shiftKey' | 'ctrlKey' | 'metaKey'>>;
  return Boolean(keys.shiftKey || keys.ctrlKey || keys.metaKey);
}
