// The in-page probe, bundled as one script and injected before the page's own scripts (into the
// app and the baseline page alike). It finds Cytoscape instances through the `_cyreg` record
// Cytoscape leaves on its container, and times what the user would see: the first 'render' after
// a change, animation frames, long tasks and IndexedDB commits. Nothing here changes behaviour.

import type { Core } from 'cytoscape';
import type {
  BenchProbe,
  GraphExpectation,
  GraphWatchResult,
  Point,
  TransactionRecord,
} from './probeApi';

type CyContainer = HTMLElement & { _cyreg?: { cy?: Core } };

const instances = new Set<Core>();
const marks: Record<string, number> = {};
const transactions: TransactionRecord[] = [];
const layoutStops: number[] = [];
/** Times of Cytoscape's 'render' events since the last reset, the latest RENDERS_KEPT of them. */
const renders: number[] = [];
const RENDERS_KEPT = 10_000;
const watches = new Map<number, { expect: GraphExpectation; result: GraphWatchResult }>();
let nextWatch = 1;

function liveCy(): Core | null {
  let latest: Core | null = null;
  for (const cy of instances) {
    if (cy.destroyed()) instances.delete(cy);
    else latest = cy;
  }
  return latest;
}

function checkWatches(cy: Core): void {
  if (watches.size === 0) return;
  const at = performance.now();
  let nodes = -1;
  let edges = -1;
  for (const { expect, result } of watches.values()) {
    if (result.allAt !== null && (expect.label === undefined || result.labelAt !== null)) continue;
    if (nodes < 0) {
      nodes = cy.nodes().length;
      edges = cy.edges().length;
    }
    if (result.nodesAt === null && nodes >= expect.nodes) result.nodesAt = at;
    if (result.allAt === null && nodes >= expect.nodes && edges >= expect.edges) {
      result.allAt = at;
    }
    if (expect.label && result.labelAt === null) {
      const node = cy.getElementById(expect.label.id);
      if (node.nonempty() && node.data('label') === expect.label.value) result.labelAt = at;
    }
  }
}

function adopt(cy: Core): void {
  if (instances.has(cy)) return;
  instances.add(cy);
  // Let a closed map's instance go, or the probe alone keeps every map opened in the session
  // alive (its elements, data and styles) and heap_growth_pct measures the probe.
  cy.one('destroy', () => instances.delete(cy));
  cy.on('render', () => {
    renders.push(performance.now());
    if (renders.length > RENDERS_KEPT) renders.shift();
    checkWatches(cy);
  });
  cy.on('layoutstop', () => layoutStops.push(performance.now()));
}

function scanForCy(root: Element): void {
  const candidates = [root, ...Array.from(root.querySelectorAll('div'))];
  for (const element of candidates) {
    const cy = (element as CyContainer)._cyreg?.cy;
    if (cy) adopt(cy);
  }
}

// The map list counts as painted in the frame after it (or its empty state) first appears.
const LIST_SELECTOR = 'ul[aria-label="Maps"], .map-list-section .empty-state';
let listShown = false;

function watchDocument(): void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const added of Array.from(record.addedNodes)) {
        if (added instanceof HTMLElement) scanForCy(added);
      }
    }
    const shown = document.querySelector(LIST_SELECTOR) !== null;
    if (shown && !listShown) requestAnimationFrame(() => (marks.list = performance.now()));
    listShown = shown;
  });
  observer.observe(document, { childList: true, subtree: true });
}

function watchEvents(): void {
  const now = () => performance.now();
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
        marks.download = now();
      } else {
        marks.click = now();
      }
    },
    true,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Tab') marks.tab = now();
    },
    true,
  );
  window.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
        marks.file = now();
      }
    },
    true,
  );
  window.addEventListener('hashchange', () => (marks.hash = now()));
}

function watchTransactions(): void {
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function transaction(
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ): IDBTransaction {
    const tx = original.apply(this, args);
    if (tx.mode !== 'readonly') {
      const record: TransactionRecord = { created: performance.now(), completed: null };
      transactions.push(record);
      tx.addEventListener('complete', () => (record.completed = performance.now()));
    }
    return tx;
  };
}

let frames: number[] = [];
let recordingFrames = false;

function frameLoop(timestamp: number): void {
  if (!recordingFrames) return;
  frames.push(timestamp);
  requestAnimationFrame(frameLoop);
}

let longTasks: Array<[number, number]> = [];
let longTaskObserver: PerformanceObserver | null = null;

function renderedBox(cy: Core) {
  const box = cy.container()?.getBoundingClientRect();
  return box ?? null;
}

/** Distance from p to the segment a–b. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t =
    length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function backgroundPoint(): Point | null {
  const cy = liveCy();
  const box = cy ? renderedBox(cy) : null;
  if (!cy || !box) return null;
  const extent = cy.extent();
  const visible = (p: { x: number; y: number }) =>
    p.x >= extent.x1 - 200 &&
    p.x <= extent.x2 + 200 &&
    p.y >= extent.y1 - 200 &&
    p.y <= extent.y2 + 200;
  const nodes = cy
    .nodes()
    .map((node) => ({
      model: node.position(),
      at: node.renderedPosition(),
      radius: node.renderedOuterWidth() / 2,
    }))
    .filter((node) => visible(node.model));
  const edges = cy
    .edges()
    .map((edge) => ({ source: edge.source(), target: edge.target() }))
    .filter(({ source, target }) => visible(source.position()) || visible(target.position()))
    .map(({ source, target }) => [source.renderedPosition(), target.renderedPosition()] as const);
  const clear = 18;
  // Prefer points near the top-left, leaving room to drag towards the middle.
  for (let y = 12; y < box.height / 2; y += 12) {
    for (let x = 12; x < box.width / 2; x += 12) {
      const p = { x, y };
      if (nodes.some((node) => Math.hypot(node.at.x - x, node.at.y - y) < node.radius + clear)) {
        continue;
      }
      if (edges.some(([a, b]) => segmentDistance(p, a, b) < clear)) continue;
      return { x: box.left + x, y: box.top + y };
    }
  }
  return null;
}

function nodeNearCentre(): { id: string; point: Point } | null {
  const cy = liveCy();
  const box = cy ? renderedBox(cy) : null;
  if (!cy || !box) return null;
  const centre = { x: box.width / 2, y: box.height / 2 };
  const placed = cy.nodes().map((node) => ({
    id: node.id(),
    at: node.renderedPosition(),
    radius: node.renderedOuterWidth() / 2,
  }));
  const byDistance = [...placed].sort(
    (a, b) =>
      Math.hypot(a.at.x - centre.x, a.at.y - centre.y) -
      Math.hypot(b.at.x - centre.x, b.at.y - centre.y),
  );
  for (const candidate of byDistance.slice(0, 200)) {
    const covered = placed.some(
      (other) =>
        other.id !== candidate.id &&
        Math.hypot(other.at.x - candidate.at.x, other.at.y - candidate.at.y) <
          other.radius + candidate.radius,
    );
    if (!covered) {
      return {
        id: candidate.id,
        point: { x: box.left + candidate.at.x, y: box.top + candidate.at.y },
      };
    }
  }
  return null;
}

const probe: BenchProbe = {
  marks,
  transactions,
  layoutStops,
  reset() {
    for (const key of Object.keys(marks)) delete marks[key];
    transactions.length = 0;
    layoutStops.length = 0;
    renders.length = 0;
    watches.clear();
  },
  firstRenderAfter: (time) => renders.find((at) => at >= time) ?? null,
  lastRenderBefore: (time) => renders.findLast((at) => at < time) ?? null,
  snapshot: () => ({
    marks: { ...marks },
    transactions: transactions.map((record) => ({ ...record })),
    layoutStops: [...layoutStops],
  }),
  now: () => performance.now(),
  watchGraph(expect) {
    const id = nextWatch;
    nextWatch += 1;
    watches.set(id, { expect, result: { nodesAt: null, allAt: null, labelAt: null } });
    return id;
  },
  readWatch(id) {
    return watches.get(id)?.result ?? { nodesAt: null, allAt: null, labelAt: null };
  },
  startFrames() {
    frames = [];
    recordingFrames = true;
    requestAnimationFrame(frameLoop);
  },
  stopFrames() {
    recordingFrames = false;
    return frames;
  },
  startLongTasks() {
    longTasks = [];
    longTaskObserver?.disconnect();
    longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
    });
    longTaskObserver.observe({ type: 'longtask', buffered: false });
  },
  stopLongTasks() {
    const pending = longTaskObserver?.takeRecords() ?? [];
    for (const entry of pending) longTasks.push([entry.startTime, entry.duration]);
    longTaskObserver?.disconnect();
    longTaskObserver = null;
    return longTasks;
  },
  hasGraph: () => liveCy() !== null,
  graphCounts() {
    const cy = liveCy();
    return { nodes: cy?.nodes().length ?? 0, edges: cy?.edges().length ?? 0 };
  },
  fit(padding) {
    const cy = liveCy();
    if (cy) cy.fit(cy.elements(), padding);
  },
  zoomToOne() {
    const cy = liveCy();
    if (!cy) return;
    cy.zoom(1);
    cy.center(cy.elements());
  },
  backgroundPoint,
  nodeNearCentre,
  centreOn(id) {
    const cy = liveCy();
    if (!cy) return;
    cy.zoom(1);
    cy.center(cy.getElementById(id));
  },
  nodePosition(id) {
    const node = liveCy()?.getElementById(id);
    if (!node || node.empty()) return null;
    const { x, y } = node.position();
    return { x, y };
  },
  canvasCentre() {
    const cy = liveCy();
    const box = cy ? renderedBox(cy) : null;
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  },
  firstNodeId(kind) {
    const cy = liveCy();
    if (!cy) return null;
    const nodes = kind ? cy.nodes().filter((node) => node.data('kind') === kind) : cy.nodes();
    return nodes.nonempty() ? nodes.first().id() : null;
  },
};

window.__stakemapBench = probe;
watchTransactions();
watchEvents();
watchDocument();
