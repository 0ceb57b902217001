// What the benchmark's in-page probe offers the driver. The probe is injected before any page
// script runs and only watches: it times user events, IndexedDB commits, frames, long tasks and
// Cytoscape's own 'render' events, so the app itself needs no benchmark hooks.

export interface Point {
  x: number;
  y: number;
}

/** What a graph watch waits for; each criterion is timed at the first 'render' that meets it. */
export interface GraphExpectation {
  nodes: number;
  edges: number;
  /** A node whose label must have changed to this value. */
  label?: { id: string; value: string };
}

export interface GraphWatchResult {
  /** performance.now() of the first render with every node, else null. */
  nodesAt: number | null;
  /** ... with every node and every edge. */
  allAt: number | null;
  /** ... showing the expected label. */
  labelAt: number | null;
}

export interface TransactionRecord {
  created: number;
  completed: number | null;
}

export interface ProbeSnapshot {
  marks: Record<string, number>;
  transactions: TransactionRecord[];
  layoutStops: number[];
}

export interface BenchProbe {
  /** Times of the latest user events: click, tab (keydown Tab), file (a file input's change),
   * hash (hashchange), download (a download link clicked), list (the map list painted). */
  marks: Record<string, number>;
  /** Read-write IndexedDB transactions, in the order they were created. */
  transactions: TransactionRecord[];
  /** Times of Cytoscape 'layoutstop' events. */
  layoutStops: number[];
  /** The first Cytoscape 'render' at or after `time` (performance.now()), else null. */
  firstRenderAfter(time: number): number | null;
  /** The last Cytoscape 'render' before `time`, else null. */
  lastRenderBefore(time: number): number | null;
  /** Clears marks, transactions, layout stops, renders and watches. */
  reset(): void;
  /** A copy of marks, transactions and layout stops, for the driver. */
  snapshot(): ProbeSnapshot;
  now(): number;
  watchGraph(expectation: GraphExpectation): number;
  readWatch(id: number): GraphWatchResult;
  startFrames(): void;
  /** Timestamps of every animation frame since startFrames. */
  stopFrames(): number[];
  startLongTasks(): void;
  /** Long tasks since startLongTasks, as [start, duration] pairs. */
  stopLongTasks(): Array<[number, number]>;
  hasGraph(): boolean;
  graphCounts(): { nodes: number; edges: number };
  /** Fits every element in view, as the app's "Fit to screen" does. */
  fit(padding: number): void;
  /** Zoom 1 about the middle of the elements. */
  zoomToOne(): void;
  /** A client point over the canvas with no node or edge near it, towards one corner. */
  backgroundPoint(): Point | null;
  /** A node near the middle of the view that nothing covers, and its client point. */
  nodeNearCentre(): { id: string; point: Point } | null;
  /** Zoom 1 with this node in the middle, as Stakemap does when a node is chosen. */
  centreOn(id: string): void;
  nodePosition(id: string): Point | null;
  canvasCentre(): Point | null;
  firstNodeId(kind?: string): string | null;
}

declare global {
  interface Window {
    __stakemapBench?: BenchProbe;
  }
}
