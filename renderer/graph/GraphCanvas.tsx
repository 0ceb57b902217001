// The network canvas: the only component that knows Cytoscape. The cy instance lives outside
// React (created in a layout effect, destroyed in its cleanup, held in a ref) and is patched
// from props; its events leave as domain callbacks. The raw instance never leaves graph/.

import type { Core } from 'cytoscape';
import {
  forwardRef,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { Relationship, StakeNode } from '@shared/domain/types';
import type { Selection } from '../state/selection';
import { DEFAULT_STYLE_CHOICE, type ColourBy, type SizeBy } from './attributeStyles';
import { attachCanvasEvents } from './canvasEvents';
import { showConnectSource, showSelection, showVisibility, type HideMode } from './canvasState';
import { createCy } from './createCy';
import { describeSelected } from './describeSelected';
import { isLargeMap } from './levelOfDetail';
import { runLayout, type LayoutName, type LayoutRunOptions } from './layouts';
import type { NodeMove } from './nodeMoves';
import { patchGraph } from './patchGraph';
import { stageEdges } from './stageEdges';
import {
  exportPng,
  exportSvg,
  type PngExportOptions,
  type SvgExportOptions,
} from './pictureExport';
import { toElements } from './toElements';
import { centerOn, fitGraph, mayAnimate, viewportKeyAction, zoomIn, zoomOut } from './viewport';

export type { NodeMove } from './nodeMoves';
export { LAYOUTS, type LayoutName } from './layouts';
export type { HideMode } from './canvasState';
export type { PngExportOptions, SvgExportOptions } from './pictureExport';
export { COLOUR_BY_OPTIONS, SIZE_BY_OPTIONS, type ColourBy, type SizeBy } from './attributeStyles';

export interface GraphCanvasHandle {
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  /**
   * Pans (zooming in to a readable level if needed) so the node is in the middle: a short glide on
   * a map small enough to redraw smoothly, a jump otherwise or when the user prefers less motion.
   */
  centerOn(nodeId: string): void;
  /**
   * Runs a layout on command in a worker; resolves with every node's new position, then fits the
   * view. Rejects with an AbortError, changing nothing, when options.signal aborts first.
   */
  runLayout(name: LayoutName, options?: LayoutRunOptions): Promise<NodeMove[]>;
  /**
   * A PNG of what is drawn (filter, dimming and colour by included): the whole map or the
   * current view. Rejects where the canvas cannot draw (a headless run).
   */
  exportPng(options: PngExportOptions): Promise<Blob>;
  /** An SVG document of the whole map as drawn, with labels as real, selectable text. */
  exportSvg(options?: SvgExportOptions): Promise<string>;
}

export interface GraphCanvasProps {
  nodes: readonly StakeNode[];
  relationships: readonly Relationship[];
  /** Shown as selected on the canvas. */
  selection: Selection;
  /** In connect mode, the chosen source node, which the canvas highlights. */
  connectSourceId: string | null;
  /** The nodes the filter, focus or scope leave in view; null when nothing is filtered. */
  visibleIds?: ReadonlySet<string> | null;
  /** What happens to the rest (and to edges with an end among them): dimmed or hidden. */
  hideMode?: HideMode;
  /** Which attribute fills the nodes; shapes always follow kind. */
  colourBy?: ColourBy;
  /** Which attribute sizes the nodes. */
  sizeBy?: SizeBy;
  /** A tap on a node or edge selects it; a tap on the background selects nothing. */
  onSelect(selection: Selection): void;
  /** A tap on a node with Shift, Ctrl or Cmd held adds it to the selection or takes it out. */
  onToggleNode?(id: string): void;
  /** Dragging a box with Shift, Ctrl or Cmd held adds the nodes inside it to the selection. */
  onBoxSelect?(ids: string[]): void;
  /** Called once the user lets go of dragged nodes, never during the drag. */
  onNodesMoved(moves: NodeMove[]): void;
  ariaLabel: string;
}

// The canvas fills its parent, which must give it a height. Cytoscape measures its container
// minus padding, so the padding is pinned to 0 rather than left to whatever CSS is around.
const regionStyle: CSSProperties = { position: 'relative', width: '100%', height: '100%' };
const containerStyle: CSSProperties = { position: 'absolute', inset: 0, padding: 0 };
const prefersReducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const NO_CANVAS = 'The map is not on screen, so there is no picture to export.';

/** Shows the selection, and says in `description` what the canvas now shows as selected. */
function showSelected(cy: Core, selection: Selection, description: HTMLElement | null): void {
  const selected = showSelection(cy, selection);
  // Read back from Cytoscape, so what the canvas says is selected is what it really shows.
  if (description !== null) description.textContent = describeSelected(selected);
}

export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas(
  {
    nodes,
    relationships,
    selection,
    connectSourceId,
    visibleIds = null,
    hideMode = 'dim',
    colourBy = DEFAULT_STYLE_CHOICE.colourBy,
    sizeBy = DEFAULT_STYLE_CHOICE.sizeBy,
    onSelect,
    onToggleNode,
    onBoxSelect,
    onNodesMoved,
    ariaLabel,
  },
  ref,
) {
  const regionRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // The cy listeners are attached once; they call whatever callbacks the latest render passed.
  const callbacksRef = useRef({ onSelect, onToggleNode, onBoxSelect, onNodesMoved });
  useLayoutEffect(() => {
    callbacksRef.current = { onSelect, onToggleNode, onBoxSelect, onNodesMoved };
  });
  const selectedRef = useRef<HTMLParagraphElement>(null);
  const selectedId = useId();
  // The size the map opens with sets how much detail the canvas draws, once (levelOfDetail.ts).
  const [large] = useState(() => isLargeMap(nodes.length, relationships.length));
  // What the canvas shows as selected and filtered, for edges that arrive after this render.
  const shownRef = useRef({ selection, visibleIds, hideMode });
  useLayoutEffect(() => {
    shownRef.current = { selection, visibleIds, hideMode };
  });

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const cy = createCy(container, { large });
    cyRef.current = cy;
    const detach = attachCanvasEvents(cy, {
      onSelect: (next) => callbacksRef.current.onSelect(next),
      onToggleNode: (id) => callbacksRef.current.onToggleNode?.(id),
      onBoxSelect: (ids) => callbacksRef.current.onBoxSelect?.(ids),
      onNodesMoved: (moves) => callbacksRef.current.onNodesMoved(moves),
      onPointerDown: () => regionRef.current?.focus({ preventScroll: true }),
    });
    return () => {
      detach();
      cy.destroy();
      cyRef.current = null;
    };
  }, [large]);

  const elements = useMemo(
    () => toElements(nodes, relationships, { colourBy, sizeBy }),
    [nodes, relationships, colourBy, sizeBy],
  );

  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    // Frame the map when nodes arrive on an empty canvas (a map opening); after that the
    // camera is the user's.
    const wasEmpty = cy.nodes().empty();
    if (wasEmpty && large && elements.edges.length > 0) {
      // A large map opening: every node in the first frame, the edges in the one after. A change
      // meanwhile cancels this, and its full patch adds the edges.
      patchGraph(cy, { nodes: elements.nodes, edges: [] });
      fitGraph(cy);
      return stageEdges(cy, elements.edges, {
        onBatch: (added) => {
          const shown = shownRef.current;
          showSelected(cy, shown.selection, selectedRef.current);
          showVisibility(cy, shown.visibleIds, shown.hideMode, added);
        },
      });
    }
    patchGraph(cy, elements);
    if (wasEmpty && cy.nodes().nonempty()) fitGraph(cy);
  }, [elements, large]);

  // These run after the patch above (effects run in order) so re-added elements get their state.
  useLayoutEffect(() => {
    if (cyRef.current !== null) showSelected(cyRef.current, selection, selectedRef.current);
  }, [elements, selection]);

  useLayoutEffect(() => {
    if (cyRef.current !== null) showConnectSource(cyRef.current, connectSourceId);
  }, [elements, connectSourceId]);

  useLayoutEffect(() => {
    if (cyRef.current !== null) showVisibility(cyRef.current, visibleIds, hideMode);
  }, [elements, visibleIds, hideMode]);

  useImperativeHandle(ref, (): GraphCanvasHandle => {
    const withCy = (action: (cy: Core) => void) => () => {
      if (cyRef.current !== null) action(cyRef.current);
    };
    return {
      fit: withCy(fitGraph),
      zoomIn: withCy(zoomIn),
      zoomOut: withCy(zoomOut),
      centerOn: (nodeId) =>
        withCy((cy) => centerOn(cy, nodeId, mayAnimate(cy, prefersReducedMotion())))(),
      runLayout: (name, options) => {
        const cy = cyRef.current;
        return cy === null ? Promise.resolve([]) : runLayout(cy, name, options);
      },
      exportPng: (options) => {
        const cy = cyRef.current;
        return cy === null ? Promise.reject(new Error(NO_CANVAS)) : exportPng(cy, options);
      },
      exportSvg: (options) => {
        const cy = cyRef.current;
        // Inside the executor, so a failure while reading the canvas rejects rather than throws.
        return new Promise((resolve) => {
          if (cy === null) throw new Error(NO_CANVAS);
          resolve(exportSvg(cy, options));
        });
      },
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const action = viewportKeyAction(event);
    if (action === null || cyRef.current === null) return;
    event.preventDefault();
    action(cyRef.current);
  };

  return (
    <div
      ref={regionRef}
      role="region"
      aria-label={ariaLabel}
      aria-describedby={selectedId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={regionStyle}
    >
      <div ref={containerRef} style={containerStyle} />
      <p ref={selectedRef} id={selectedId} className="visually-hidden" />
    </div>
  );
});
