// The baseline the benchmark compares Stakemap with: what a plain page does with the same file,
// Cytoscape.js with its default options and Dexie with its defaults, one record per element. It
// draws what Stakemap draws (node and edge labels, bezier edges with arrows, a colour per kind)
// the obvious way, and also measures the limits: JSON.parse of the same bytes, writing the same
// data as a couple of dozen records in one transaction, and JSON.stringify of it.

import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import Dexie, { type Table } from 'dexie';
import type { StakemapFile } from '@shared/format';
import type { BaselineApi } from './baselineApi';

cytoscape.use(fcose);

interface Row {
  id: string;
  [field: string]: unknown;
}

class BaselineDatabase extends Dexie {
  nodes!: Table<Row, string>;
  edges!: Table<Row, string>;
  others!: Table<Row, string>;

  constructor() {
    super('baseline');
    this.version(1).stores({ nodes: 'id', edges: 'id', others: 'id' });
  }
}

const db = new BaselineDatabase();
let text = '';
let parsed: StakemapFile | null = null;
let cy: Core | null = null;

const COLOURS: Record<string, string> = {
  person: '#0072B2',
  organisation: '#D55E00',
  network: '#00876C',
  community: '#B8568F',
  event: '#A86F00',
  channel: '#595959',
};

const style: StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)' } },
  ...Object.entries(COLOURS).map(([kind, colour]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': colour },
  })),
  {
    selector: 'edge',
    style: { label: 'data(label)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' },
  },
];

function elementsOf(nodes: readonly Row[], edges: readonly Row[]): ElementDefinition[] {
  return [
    ...nodes.map((node): ElementDefinition => ({
      group: 'nodes',
      data: { id: node.id, label: String(node.label), kind: String(node.kind) },
      position: { ...(node.position as { x: number; y: number }) },
    })),
    ...edges.map((edge): ElementDefinition => ({
      group: 'edges',
      data: {
        id: edge.id,
        source: String(edge.sourceId),
        target: String(edge.targetId),
        label: String(edge.label) || String(edge.kind).replace(/-/g, ' '),
      },
    })),
  ];
}

/** A fresh Cytoscape in a fresh container; resolves at the end of its first drawn frame. */
function draw(elements: ElementDefinition[]): Promise<number> {
  cy?.destroy();
  const host = document.getElementById('graph');
  if (!host) throw new Error('The baseline page has no #graph element.');
  host.replaceChildren();
  const container = document.createElement('div');
  host.append(container);
  const instance = cytoscape({ container, elements, style, layout: { name: 'preset' } });
  cy = instance;
  return new Promise((resolve) => instance.one('render', () => resolve(performance.now())));
}

function parse(): StakemapFile {
  parsed = JSON.parse(text) as StakemapFile;
  return parsed;
}

function rows(file: StakemapFile) {
  return {
    nodes: file.nodes as unknown as Row[],
    edges: file.relationships as unknown as Row[],
    others: [...file.interactions, ...file.actions, ...file.messages] as unknown as Row[],
  };
}

function layoutOptions(name: string): cytoscape.LayoutOptions {
  switch (name) {
    case 'force':
      return { name: 'fcose', animate: false } as cytoscape.LayoutOptions;
    case 'hierarchy':
      return { name: 'breadthfirst', animate: false };
    case 'grid':
    case 'circle':
    case 'concentric':
      return { name, animate: false };
    default:
      throw new Error(`No baseline layout for ${name}`);
  }
}

function openLimitsDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-limits', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('chunks');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
}

function writeChunks(database: IDBDatabase, records: readonly unknown[], count: number) {
  return new Promise<void>((resolve, reject) => {
    const tx = database.transaction('chunks', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('chunks');
    const size = Math.ceil(records.length / count);
    for (let index = 0; index * size < records.length; index += 1) {
      store.put(records.slice(index * size, (index + 1) * size), index);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

const api: BaselineApi = {
  async load(url) {
    text = await (await fetch(url)).text();
    parsed = null;
  },
  async clear() {
    cy?.destroy();
    cy = null;
    await Promise.all([db.nodes.clear(), db.edges.clear(), db.others.clear()]);
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase('bench-limits');
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
    });
  },
  async importFile() {
    const started = performance.now();
    const { nodes, edges, others } = rows(parse());
    await db.transaction('rw', db.nodes, db.edges, db.others, async () => {
      await db.nodes.bulkAdd(nodes);
      await db.edges.bulkAdd(edges);
      await db.others.bulkAdd(others);
    });
    const persisted = performance.now();
    const drawn = await draw(elementsOf(nodes, edges));
    return { persisted: persisted - started, drawn: drawn - started };
  },
  async open() {
    const started = performance.now();
    const [nodes, edges] = await Promise.all([db.nodes.toArray(), db.edges.toArray()]);
    const drawn = await draw(elementsOf(nodes, edges));
    return { nodes: drawn - started, all: drawn - started };
  },
  async editLabel(id, label) {
    const started = performance.now();
    await db.nodes.update(id, { label });
    const instance = cy;
    if (!instance) throw new Error('Open the map before editing it.');
    const framed = new Promise<number>((resolve) =>
      instance.one('render', () => resolve(performance.now())),
    );
    instance.getElementById(id).data('label', label);
    return { started, framed: await framed };
  },
  async runLayout(name) {
    const instance = cy;
    if (!instance) throw new Error('Open the map before running a layout.');
    const started = performance.now();
    const layout = instance.layout(layoutOptions(name));
    const stopped = layout.promiseOn('layoutstop');
    layout.run();
    await stopped;
    const moved = instance.nodes().map((node) => ({ id: node.id(), position: node.position() }));
    await db.transaction('rw', db.nodes, async () => {
      const stored = await db.nodes.bulkGet(moved.map((move) => move.id));
      await db.nodes.bulkPut(
        stored.flatMap((row, index) =>
          row ? [{ ...row, position: { ...moved[index]?.position } }] : [],
        ),
      );
    });
    return performance.now() - started;
  },
  async exportJson() {
    const started = performance.now();
    const [nodes, relationships, others] = await Promise.all([
      db.nodes.toArray(),
      db.edges.toArray(),
      db.others.toArray(),
    ]);
    const blob = new Blob([JSON.stringify({ nodes, relationships, others }, null, 2)]);
    URL.revokeObjectURL(URL.createObjectURL(blob));
    return performance.now() - started;
  },
  limitParse() {
    const started = performance.now();
    parse();
    return performance.now() - started;
  },
  async limitWriteChunks(chunks) {
    const file = parsed ?? parse();
    const { nodes, edges, others } = rows(file);
    const records = [...nodes, ...edges, ...others];
    const database = await openLimitsDatabase();
    try {
      const started = performance.now();
      await writeChunks(database, records, chunks);
      return performance.now() - started;
    } finally {
      database.close();
    }
  },
  limitStringify() {
    const file = parsed ?? parse();
    const started = performance.now();
    JSON.stringify(file, null, 2);
    return performance.now() - started;
  },
};

window.__stakemapBaseline = api;
