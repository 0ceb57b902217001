// Runs a layout on command: reads the graph off the canvas, has the layout worker compute new
// positions, and puts them on the canvas (gliding on small maps, jumping on big ones). Layouts
// never run as a side effect of rendering: only runLayout starts one.

import type { Core, NodeCollection } from 'cytoscape';
import type { Position } from '@shared/domain/types';
import { measureChangedElementsNow } from './cytoscapeRenderer';
import type { LayoutName } from './layoutCatalogue';
import type { LayoutGraph } from './layoutGraph';
import { cancelled, layoutInWorker, type LayoutWorkerOptions } from './layoutWorkerClient';
import type { NodeMove } from './nodeMoves';
import { placeNodes } from './placeNodes';
import { fitGraph, mayAnimate } from './viewport';

export { LAYOUTS, unavailableReason, type LayoutChoice, type LayoutName } from './layoutCatalogue';
export { isCancelled, keepLayoutWorkerReady } from './layoutWorkerClient';

const GLIDE_MS = 400;

export interface LayoutRunOptions extends LayoutWorkerOptions {
  /**
   * Saves the new positions. On a large map the canvas measures and draws them once the save has
   * settled (see measureInSlices.ts), so the picture shows a layout already saved.
   */
  save?(moves: NodeMove[]): Promise<void>;
}

/**
 * Resolves with the new position of every node laid out, once they are on the canvas, the view
 * fitted to them and the save (if given) done; a large map's are drawn once measured, in the
 * tasks that follow. Rejects with an AbortError if cancelled first, leaving the canvas as it was,
 * or with the save's error, putting the canvas back as it was.
 */
export async function runLayout(
  cy: Core,
  name: LayoutName,
  { save = async () => {}, ...options }: LayoutRunOptions = {},
): Promise<NodeMove[]> {
  const nodes = cy.nodes();
  if (nodes.empty()) return [];
  const ids = nodes.map((node) => node.id());
  const positions = await layoutInWorker(name, graphOf(cy, ids), options);
  if (options.signal?.aborted) throw cancelled();
  if (cy.destroyed()) return [];
  const index = new Map(ids.map((id, i) => [id, i]));
  // Nodes added while the worker ran keep their place; nodes deleted meanwhile are gone.
  const laidOut = cy.nodes().filter((node) => index.has(node.id()));
  const at = (id: string) => {
    const i = index.get(id) ?? 0;
    return { x: positions[i * 2] ?? 0, y: positions[i * 2 + 1] ?? 0 };
  };
  // What was computed, not what a glide cut short by a destroyed canvas left behind.
  const moves = laidOut.map((node) => ({ id: node.id(), position: at(node.id()) }));
  const before = canvasNow(cy, laidOut);
  try {
    if (mayAnimate(cy, prefersReducedMotion())) {
      await glide(laidOut, at);
      if (!cy.destroyed()) {
        fitGraph(cy);
        // Measured now, not in the task of the next frame: after the fit, as the fit measures the
        // nodes' labels, which has Cytoscape measure them all again.
        measureChangedElementsNow(cy);
      }
      await save(moves);
    } else {
      const saved = save(moves);
      placeNodes(cy, laidOut, (node) => at(node.id()), saved);
      // Cytoscape's own layouts announce their end on the canvas; this one does too.
      cy.emit('layoutstop');
      fitGraph(cy);
      await saved;
    }
  } catch (error) {
    // Not saved, so not kept: the canvas goes back to the map as stored.
    if (!cy.destroyed()) putBack(cy, laidOut, before);
    throw error;
  }
  return moves;
}

interface CanvasBefore {
  places: Map<string, Position>;
  viewport: { zoom: number; pan: Position };
}

function canvasNow(cy: Core, nodes: NodeCollection): CanvasBefore {
  return {
    places: new Map(nodes.map((node) => [node.id(), { ...node.position() }])),
    viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } },
  };
}

function putBack(cy: Core, nodes: NodeCollection, { places, viewport }: CanvasBefore): void {
  const present = nodes.filter((node) => !node.removed());
  placeNodes(cy, present, (node) => places.get(node.id()) ?? node.position());
  cy.viewport(viewport);
}

/** Moves the nodes to their new places over GLIDE_MS, so the eye can follow them. */
async function glide(nodes: NodeCollection, at: (id: string) => Position): Promise<void> {
  const layout = nodes.layout({
    name: 'preset',
    positions: Object.fromEntries(nodes.map((node) => [node.id(), at(node.id())])),
    fit: false,
    animate: true,
    animationDuration: GLIDE_MS,
  });
  // The listener goes on before run(), in case the layout stops within it.
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
}

function graphOf(cy: Core, ids: readonly string[]): LayoutGraph {
  const index = new Map(ids.map((id, i) => [id, i]));
  const positions = new Float64Array(ids.length * 2);
  cy.nodes().forEach((node, i) => {
    const { x, y } = node.position();
    positions[i * 2] = x;
    positions[i * 2 + 1] = y;
  });
  const edges: number[] = [];
  cy.edges().forEach((edge) => {
    const source = index.get(edge.data('source') as string);
    const target = index.get(edge.data('target') as string);
    if (source !== undefined && target !== undefined) edges.push(source, target);
  });
  return { positions, edges: Uint32Array.from(edges) };
}

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
