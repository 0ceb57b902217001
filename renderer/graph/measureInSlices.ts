// After a layout puts every node of a large map in a new place, Cytoscape measures every moved node
// and edge (label places, edge ends) at the start of its next frame, and works out each one's box
// while drawing it: at 5,000 nodes and 20,000 edges that was a task of half a second for the
// measuring and one of three quarters for the frame, and nothing else (input, the layout's own
// save) could run meanwhile. Here the measuring and the boxes are done a slice at a time, each
// slice its own task, with Cytoscape's frames held until they are done (frameHold.ts); the frame
// then only draws.
// Nothing is drawn meanwhile: a pan or an edit made during the slices shows in that frame.
// A layout's save goes first (`after`): measured beside it, the slices and the database's own
// work shared the two cores, and the save took twice as long (at 5,000 nodes, 0.6 s instead of
// 0.25 s), while the picture appears only a little later for waiting.
// It reaches into Cytoscape's renderer and elements, which are not public API: if the parts it
// needs are missing, Cytoscape measures everything in its next frame, as without it.

import type {
  Collection,
  CollectionArgument,
  Core,
  NodeCollection,
  SingularElementArgument,
} from 'cytoscape';
import { rendererOf } from './cytoscapeRenderer';
import { holdFrames } from './frameHold';

/** How long one slice may hold the page, in milliseconds: well inside a long task's 50. */
const SLICE_MS = 25;
/** Elements measured between looks at the clock. */
const STEP = 100;
/** The longest the measuring waits for `after`: a stalled save must not keep the canvas still. */
const LONGEST_WAIT_MS = 2_000;

/** The parts of Cytoscape's renderer this uses. */
interface SliceableRenderer {
  recalculateRenderedStyle(elements: Collection): void;
  flushRenderedStyleQueue(): void;
}

/** What Cytoscape's renderer keeps of an element's drawn geometry (internal). */
interface RenderedStyle {
  /** A node's edges are already queued to be measured again on its account. */
  cleanConnected?: boolean;
}

interface MeasuredElement {
  _private?: { rstyle?: RenderedStyle };
}

function asSliceable(renderer: unknown): SliceableRenderer | undefined {
  if (typeof renderer !== 'object' || renderer === null) return undefined;
  const has = (name: string) => typeof Reflect.get(renderer, name) === 'function';
  if (!has('recalculateRenderedStyle') || !has('flushRenderedStyleQueue')) return undefined;
  return renderer as SliceableRenderer;
}

/** Cytoscape takes elements as well as definitions here; its typings name only definitions. */
function collectionOf(cy: Core, elements: SingularElementArgument[]): Collection {
  return cy.collection(elements as unknown as CollectionArgument);
}

function renderedStyleOf(node: unknown): RenderedStyle | undefined {
  const rstyle = (node as MeasuredElement)._private?.rstyle;
  return typeof rstyle === 'object' && rstyle !== null ? rstyle : undefined;
}

export interface SliceOptions {
  /** Work the measuring waits for (as long as LONGEST_WAIT_MS), with the frames held meanwhile. */
  after?: Promise<unknown>;
  renderer?: unknown;
  yieldTask?: () => Promise<void>;
}

/** Resolves once `work` settles, either way, or after `ms`, whichever comes first. */
function settledOrAfter(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}

/** Resolves in a task of its own, after whatever the page has queued (no timer clamping). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Measures `nodes`, just moved (placeNodes.ts), and their edges, and works out their boxes, in
 * slices of SLICE_MS while Cytoscape's frames are held, once `after` has settled; resolves once
 * the next frame has only drawing left (at once when the renderer lacks the parts, leaving it all
 * to that frame).
 * The renderer is Cytoscape's own, and a slice gives the page back with nextTask, unless a test
 * gives others.
 */
export async function measureInSlices(
  cy: Core,
  nodes: NodeCollection,
  { after, renderer: given = rendererOf(cy), yieldTask = nextTask }: SliceOptions = {},
): Promise<void> {
  const renderer = asSliceable(given);
  if (renderer === undefined || nodes.empty()) return;
  const release = holdFrames(cy);
  try {
    const elements: SingularElementArgument[] = [];
    nodes.forEach((node) => {
      elements.push(node);
      // placeNodes queued every edge of the node already; marked so, neither the last slice nor
      // a fit measuring the nodes in the meantime gathers each node's edges into a collection
      // again and measures them on the spot.
      const rendered = renderedStyleOf(node);
      if (rendered !== undefined) rendered.cleanConnected = true;
    });
    nodes.connectedEdges().forEach((edge) => {
      elements.push(edge);
    });
    if (after !== undefined) {
      await settledOrAfter(after, LONGEST_WAIT_MS);
      if (cy.destroyed()) return;
    }
    let sliceStart = performance.now();
    for (let start = 0; start < elements.length; start += STEP) {
      if (performance.now() - sliceStart >= SLICE_MS) {
        await yieldTask();
        if (cy.destroyed()) return;
        sliceStart = performance.now();
      }
      // Elements deleted meanwhile have nothing to measure.
      const part = collectionOf(cy, elements.slice(start, start + STEP)).filter(
        (element) => !element.removed(),
      );
      // Measured first, the box then keeps the element marked as measured (measuredStaysClean.ts).
      renderer.recalculateRenderedStyle(part);
      part.boundingBox();
    }
    // What is left of the frame's own measuring (which cached pictures went stale), alone.
    await yieldTask();
    if (cy.destroyed()) return;
    renderer.flushRenderedStyleQueue();
  } finally {
    release();
  }
}
