// Dragging onto the grid with pointer events (mouse, pen or touch alike). A press that moves less
// than a few pixels stays a click; a drag reports where it is as fractions of the grid, measured
// from the bottom left, and where it ended when released over the grid.

import { useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';

/** How far a press must move before it is a drag rather than a click. */
const DRAG_THRESHOLD_PX = 4;

export interface GridPoint {
  /** 0 at the left edge, 1 at the right. */
  x: number;
  /** 0 at the bottom edge, 1 at the top. */
  y: number;
}

export interface DragState {
  id: string;
  point: GridPoint;
  overGrid: boolean;
}

/** What a draggable element spreads onto itself. */
export interface DragHandlers {
  onPointerDown(event: ReactPointerEvent<HTMLElement>): void;
  onPointerMove(event: ReactPointerEvent<HTMLElement>): void;
  onPointerUp(event: ReactPointerEvent<HTMLElement>): void;
  onPointerCancel(): void;
}

interface Press {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  moved: boolean;
}

export function useGridDrag(
  plot: RefObject<HTMLElement | null>,
  onDrop: (id: string, point: GridPoint) => void,
) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const press = useRef<Press | null>(null);
  /** Set when a press turned into a drag, so the click that follows the release is ignored. */
  const dragged = useRef(false);

  const pointAt = (clientX: number, clientY: number) => {
    const rect = plot.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return null;
    const point = {
      x: (clientX - rect.left) / rect.width,
      y: (rect.bottom - clientY) / rect.height,
    };
    const overGrid = point.x >= 0 && point.x <= 1 && point.y >= 0 && point.y <= 1;
    return { point, overGrid };
  };

  const handlers = (id: string): DragHandlers => ({
    onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      dragged.current = false;
      press.current = {
        id,
        pointerId: event.pointerId,
        startX: event.clientX,
        startY: event.clientY,
        moved: false,
      };
      // Capture keeps the drag going when the pointer leaves the marker (jsdom has no capture).
      const element = event.currentTarget;
      if (typeof element.setPointerCapture === 'function')
        element.setPointerCapture(event.pointerId);
    },
    onPointerMove: (event: ReactPointerEvent<HTMLElement>) => {
      const current = press.current;
      if (!current || current.pointerId !== event.pointerId) return;
      const distance = Math.hypot(event.clientX - current.startX, event.clientY - current.startY);
      if (!current.moved && distance < DRAG_THRESHOLD_PX) return;
      current.moved = true;
      const at = pointAt(event.clientX, event.clientY);
      if (at) setDrag({ id, ...at });
    },
    onPointerUp: (event: ReactPointerEvent<HTMLElement>) => {
      const current = press.current;
      press.current = null;
      setDrag(null);
      if (!current || current.pointerId !== event.pointerId || !current.moved) return;
      dragged.current = true;
      const at = pointAt(event.clientX, event.clientY);
      if (at?.overGrid) onDrop(id, at.point);
    },
    onPointerCancel: () => {
      press.current = null;
      setDrag(null);
    },
  });

  /** True once, right after a drag ended: the click event that follows it is not a click. */
  const consumeDragged = () => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  };

  return { drag, handlers, consumeDragged };
}
