// One stakeholder on the grid: a focusable button placed by its scores. Drag it to rescore, or
// use the arrow keys (up/down for influence, left/right for interest; Shift moves by 5).

import type { CSSProperties, KeyboardEvent } from 'react';
import {
  QUADRANT_LABELS,
  SCORE_MAX,
  SCORE_MIN,
  type Quadrant,
} from '@shared/domain/planning/quadrants';
import type { StakeNode } from '@shared/domain/types';
import type { DragHandlers } from './useGridDrag';

interface GridMarkerProps {
  node: StakeNode;
  /** The dot's colour: the network view's "colour by" for this node. */
  colour: string;
  influence: number;
  interest: number;
  quadrant: Quadrant;
  selected: boolean;
  /** Where to draw it while dragged, as fractions from the bottom left; else from its scores. */
  dragPoint: { x: number; y: number } | null;
  /** Markers sharing a cell are fanned out so each stays visible and clickable. */
  stackIndex: number;
  /** How many cells wide its label may be: 1, or more when the cells to its right are empty. */
  span: number;
  handlers: DragHandlers;
  onClick(): void;
  onNudge(influence: number, interest: number): void;
  markerRef(element: HTMLButtonElement | null): void;
}

const ARROWS: Record<string, [influence: number, interest: number]> = {
  ArrowUp: [1, 0],
  ArrowDown: [-1, 0],
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
};

export function GridMarker(props: GridMarkerProps) {
  const { node, influence, interest, quadrant, selected, dragPoint, stackIndex, span } = props;
  // At rest a marker fills the top-left of its score's cell, further ones in the cell below it;
  // while dragged it follows the pointer.
  const cells = SCORE_MAX - SCORE_MIN + 1;
  const x = dragPoint ? dragPoint.x : (interest - SCORE_MIN) / cells;
  const y = dragPoint ? dragPoint.y : (influence - SCORE_MIN + 1) / cells;
  const style: CSSProperties & Record<'--stack' | '--span', number> = {
    left: `${x * 100}%`,
    top: `${(1 - y) * 100}%`,
    '--stack': dragPoint ? 0 : stackIndex,
    '--span': span,
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = ARROWS[event.key];
    if (!step) return;
    // Handled here: the editor's own arrow keys would otherwise move the node on the canvas.
    event.preventDefault();
    const size = event.shiftKey ? 5 : 1;
    props.onNudge(step[0] * size, step[1] * size);
  };

  const label = node.label || '(no label)';
  return (
    <button
      type="button"
      ref={props.markerRef}
      className={`grid-marker${selected ? ' selected' : ''}${dragPoint ? ' dragging' : ''}`}
      style={style}
      aria-pressed={selected}
      aria-label={`${label}: influence ${influence}, interest ${interest}, ${QUADRANT_LABELS[quadrant].toLowerCase()}`}
      aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight"
      title={`${label} (influence ${influence}, interest ${interest})`}
      onClick={props.onClick}
      onKeyDown={onKeyDown}
      {...props.handlers}
    >
      <span className="grid-dot" style={{ background: props.colour }} />
      <span className="grid-marker-label">{label}</span>
    </button>
  );
}
