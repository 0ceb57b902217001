// The power/interest grid itself: influence up the side, interest along the bottom, the four
// labelled quadrants, and a marker per scored stakeholder. While something is dragged from the
// tray, a ghost shows where it will land.

import type { RefObject } from 'react';
import {
  DIVIDER_FRACTION,
  QUADRANT_HINTS,
  QUADRANT_LABELS,
  QUADRANTS,
  type GridPlacement,
  type Quadrant,
} from '@shared/domain/planning/quadrants';
import type { StakeNode } from '@shared/domain/types';
import type { DragHandlers, DragState } from './useGridDrag';
import { arrangeMarkers } from './arrangeMarkers';
import { GridMarker } from './GridMarker';

interface GridPlotProps {
  plotRef: RefObject<HTMLDivElement | null>;
  placed: readonly GridPlacement[];
  /** The network view's colour for a node, so both views tell the same story. */
  colourOf(node: StakeNode): string;
  selectedId: string | null;
  drag: DragState | null;
  /** The tray node being dragged over the grid, for the ghost. */
  incoming: StakeNode | null;
  handlers: (id: string) => DragHandlers;
  onMarkerClick(node: StakeNode): void;
  onNudge(placement: GridPlacement, influence: number, interest: number): void;
  onShowQuadrant(quadrant: Quadrant): void;
  markerRef(id: string): (element: HTMLButtonElement | null) => void;
}

/** Where each quadrant is drawn, as CSS insets in the grid's own percentages. */
function quadrantBox(quadrant: Quadrant) {
  const low = `${DIVIDER_FRACTION * 100}%`;
  const high = `${(1 - DIVIDER_FRACTION) * 100}%`;
  const top = quadrant === 'manage-closely' || quadrant === 'keep-satisfied';
  const right = quadrant === 'manage-closely' || quadrant === 'keep-informed';
  return {
    top: top ? 0 : high,
    bottom: top ? low : 0,
    left: right ? low : 0,
    right: right ? 0 : high,
  };
}

export function GridPlot(props: GridPlotProps) {
  const { placed, drag, incoming } = props;
  const { stackIndex, span } = arrangeMarkers(placed);
  const counts = new Map<Quadrant, string[]>();
  for (const placement of placed) {
    counts.set(placement.quadrant, [...(counts.get(placement.quadrant) ?? []), placement.node.id]);
  }

  return (
    <div className="grid-frame">
      <span className="grid-axis grid-axis-y" aria-hidden="true">
        Influence →
      </span>
      <div
        ref={props.plotRef}
        className="grid-plot"
        role="group"
        aria-label="Power and interest grid"
      >
        {QUADRANTS.map((quadrant) => (
          <div
            key={quadrant}
            className={`grid-quadrant grid-quadrant-${quadrant}`}
            style={quadrantBox(quadrant)}
          >
            <button
              type="button"
              className="grid-quadrant-label"
              disabled={(counts.get(quadrant) ?? []).length === 0}
              onClick={() => props.onShowQuadrant(quadrant)}
            >
              <strong>{QUADRANT_LABELS[quadrant]}</strong>{' '}
              <span className="muted">
                {QUADRANT_HINTS[quadrant]} · {(counts.get(quadrant) ?? []).length}{' '}
                <span className="visually-hidden">stakeholders: show them in the network</span>
              </span>
            </button>
          </div>
        ))}
        {placed.map((placement) => (
          <GridMarker
            key={placement.node.id}
            node={placement.node}
            colour={props.colourOf(placement.node)}
            influence={placement.influence}
            interest={placement.interest}
            quadrant={placement.quadrant}
            selected={placement.node.id === props.selectedId}
            dragPoint={drag?.id === placement.node.id ? drag.point : null}
            stackIndex={stackIndex.get(placement.node.id) ?? 0}
            span={span.get(placement.node.id) ?? 1}
            handlers={props.handlers(placement.node.id)}
            onClick={() => props.onMarkerClick(placement.node)}
            onNudge={(influence, interest) => props.onNudge(placement, influence, interest)}
            markerRef={props.markerRef(placement.node.id)}
          />
        ))}
        {incoming && drag?.overGrid && (
          <span
            className="grid-ghost"
            aria-hidden="true"
            style={{ left: `${drag.point.x * 100}%`, top: `${(1 - drag.point.y) * 100}%` }}
          >
            {incoming.label}
          </span>
        )}
      </div>
      <span className="grid-axis grid-axis-x" aria-hidden="true">
        Interest →
      </span>
    </div>
  );
}
