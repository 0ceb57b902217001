// The Grid tab: the power/interest grid with its tray of stakeholders not yet scored. Dropping or
// nudging a marker saves both scores as one undoable edit; the selection is the editor's, so the
// inspector follows whatever is picked here.

import { useEffect, useRef } from 'react';
import {
  QUADRANT_LABELS,
  clampScore,
  HIGH_FROM,
  layoutGrid,
  quadrantOf,
  scoresAt,
  type GridPlacement,
  type Quadrant,
} from '@shared/domain/planning/quadrants';
import type { StakeNode } from '@shared/domain/types';
import { colourScheme } from '../../../graph/attributeStyles';
import { editNodeCommand } from '../../../commands/mapCommands';
import type { MapViewContext } from '../../../state/mapViews';
import { announce } from '../../../state/notices';
import { failure } from '../common/failure';
import { visibleNodes } from '../common/visibleNodes';
import { GridExport } from './GridExport';
import { GridPlot } from './GridPlot';
import { GridTray } from './GridTray';
import { useGridDrag, type GridPoint } from './useGridDrag';
import { usePendingScores } from './usePendingScores';

export function GridView({ context }: { context: MapViewContext }) {
  const { map, nodes, visibleIds, selection, select } = context;
  const plotRef = useRef<HTMLDivElement>(null);
  const markers = useRef(new Map<string, HTMLButtonElement>());
  /** A node placed from the tray by keyboard: its marker takes the focus once it appears. */
  const focusNext = useRef<string | null>(null);
  const pending = usePendingScores(nodes);
  const shown = pending.apply(visibleNodes(nodes, visibleIds));
  const { placed, tray } = layoutGrid(shown);
  const hiddenCount = nodes.length - shown.length;
  // Colours come from every node of the map, as the legend's do, so a sector keeps its colour
  // whatever the filters hide.
  const { colourOf } = colourScheme(nodes, context.colourBy);
  const selectedId = selection?.type === 'node' ? selection.id : null;

  useEffect(() => {
    const id = focusNext.current;
    const marker = id ? markers.current.get(id) : undefined;
    if (marker) {
      focusNext.current = null;
      marker.focus();
    }
  });

  const setScores = (node: StakeNode, influence: number, interest: number) => {
    const { assessment } = node;
    if (assessment.influence === influence && assessment.interest === interest) return;
    const label = node.label || 'node';
    pending.remember(node.id, { influence, interest });
    // From the stored assessment, not the one on screen: a change to its other fields made
    // elsewhere and not yet shown here must not be undone by a score.
    editNodeCommand(
      map.id,
      node.id,
      (stored) => ({ assessment: { ...stored.assessment, influence, interest } }),
      `score ${label}`,
    )
      .then(() =>
        announce(
          `${label}: influence ${influence}, interest ${interest} (${QUADRANT_LABELS[quadrantOf(influence, interest)].toLowerCase()}).`,
        ),
      )
      .catch((error: unknown) => {
        pending.forget(node.id);
        failure('Scoring')(error);
      });
  };

  const drop = (id: string, point: GridPoint) => {
    const node = shown.find((candidate) => candidate.id === id);
    if (!node) return;
    const scores = scoresAt(point.x, point.y);
    select({ type: 'node', id });
    setScores(node, scores.influence, scores.interest);
  };
  const { drag, handlers, consumeDragged } = useGridDrag(plotRef, drop);

  const nudge = (placement: GridPlacement, influence: number, interest: number) =>
    setScores(
      placement.node,
      clampScore(placement.influence + influence),
      clampScore(placement.interest + interest),
    );

  const place = (node: StakeNode) => {
    focusNext.current = node.id;
    select({ type: 'node', id: node.id });
    setScores(node, node.assessment.influence ?? HIGH_FROM, node.assessment.interest ?? HIGH_FROM);
  };

  const showQuadrant = (quadrant: Quadrant) =>
    context.showInNetwork({
      label: `the ${QUADRANT_LABELS[quadrant].toLowerCase()} quadrant`,
      nodeIds: new Set(placed.filter((p) => p.quadrant === quadrant).map((p) => p.node.id)),
    });

  const clicked = (node: StakeNode) => {
    if (consumeDragged()) return;
    select({ type: 'node', id: node.id });
  };

  const incoming = drag ? (tray.find((node) => node.id === drag.id) ?? null) : null;

  return (
    <div className="planning-view grid-view">
      <header className="planning-header grid-header">
        <h2>Power and interest</h2>
        <GridExport mapName={map.name} placed={placed} colourOf={colourOf} />
        <p className="muted">
          Drag a stakeholder to set its influence and interest, or focus it and use the arrow keys
          (Shift moves by 5).
          {hiddenCount > 0 && ` ${hiddenCount} nodes are hidden by the filters.`}
        </p>
      </header>
      <div className="grid-layout">
        <GridTray
          nodes={tray}
          selectedId={selectedId}
          draggingId={incoming?.id ?? null}
          handlers={handlers}
          onSelect={clicked}
          onPlace={place}
        />
        <GridPlot
          plotRef={plotRef}
          placed={placed}
          colourOf={colourOf}
          selectedId={selectedId}
          drag={drag}
          incoming={incoming}
          handlers={handlers}
          onMarkerClick={clicked}
          onNudge={nudge}
          onShowQuadrant={showQuadrant}
          markerRef={(id) => (element) => {
            if (element) markers.current.set(id, element);
            else markers.current.delete(id);
          }}
        />
      </div>
    </div>
  );
}
