// When a staged map (stagedParts.ts) becomes one record per node and relationship: in a worker
// (expandStagedMap.ts), soon after the map opens or at its first write, whichever comes first.
// Writes to a map wait for this: an edit reads and writes records one by one, which a part
// cannot be. A map whose expansion was cut short (the app closed) keeps its remaining parts and is
// expanded the next time.

import { expandStagedMap } from './expandStagedMap';
import type { ExpansionReply, ExpansionRequest } from './expansionMessages';
import { STAGED_TABLES, type StagedTableName } from './stagedPartTypes';
import { isStagedTable, stagedPartRange } from './stagedParts';

/** Maps this window knows hold no staged parts. A map is only ever staged when it is created. */
const writable = new Set<string>();

/** One map's expansion under way: done for its nodes (expanded first), and done altogether. */
interface Expansion {
  nodes: Promise<void>;
  all: Promise<void>;
}
const expansions = new Map<string, Expansion>();

/** Records that a map holds no staged parts (it was just made, or just expanded). */
export function noteMapWritable(mapId: string): void {
  writable.add(mapId);
}

/** Records that a map may hold staged parts: the next write to its records expands them. */
export function noteMapStaged(mapId: string): void {
  writable.delete(mapId);
}

async function hasStagedParts(mapId: string): Promise<boolean> {
  return (await stagedPartRange(mapId).count()) > 0;
}

/** Expands a map in a worker; on the spot where there is no Worker (jsdom, in the tests). */
function expandOffThePage(
  mapId: string,
  onTableDone: (table: StagedTableName) => void,
): Promise<number> {
  if (typeof Worker === 'undefined') return expandStagedMap(mapId, onTableDone);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./expansion.worker.ts', import.meta.url), {
      type: 'module',
    });
    const settle = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    worker.addEventListener('message', ({ data }: MessageEvent<ExpansionReply>) => {
      if (data.type === 'table-done') onTableDone(data.table);
      else if (data.type === 'done') settle(() => resolve(data.moved));
      else settle(() => reject(Object.assign(new Error(data.message), { name: data.name })));
    });
    worker.addEventListener('error', (event) => {
      const reason = event.message || 'the worker failed to start';
      settle(() => reject(new Error(`The imported map could not be prepared: ${reason}.`)));
    });
    const request: ExpansionRequest = { mapId };
    worker.postMessage(request);
  });
}

function startExpansion(mapId: string): Expansion {
  let nodesMoved = () => {};
  const nodes = new Promise<void>((resolve) => {
    nodesMoved = resolve;
  });
  // Most maps were never staged: a count of keys says so without starting a worker.
  const all = hasStagedParts(mapId)
    .then((staged) =>
      staged ? expandOffThePage(mapId, (table) => table === 'nodes' && nodesMoved()) : 0,
    )
    .then(() => noteMapWritable(mapId))
    .finally(() => expansions.delete(mapId));
  // The nodes are done at the latest when everything is; a failure before them fails both.
  const expansion = { nodes: Promise.race([nodes, all]), all };
  // A failure reaches the writes that wait on it; no one need be waiting for it to be handled.
  expansion.nodes.catch(() => {});
  expansion.all.catch(() => {});
  return expansion;
}

/**
 * Resolves once a write to these tables of the map can read and write their records one by one:
 * at once for tables that are never staged or a map this window knows has no parts; after the
 * nodes are expanded for a write to nodes alone; else after the whole expansion. Rejects if the
 * expansion failed (the parts stay, so the next write tries again).
 */
export function whenTablesWritable(mapId: string, tableNames: readonly string[]): Promise<void> {
  const staged = tableNames.filter(isStagedTable);
  if (staged.length === 0) return Promise.resolve();
  // The parts a bulk write is staging are expanded after it, like an import's.
  const restage = restages.get(mapId);
  if (restage !== undefined) {
    const again = () => whenTablesWritable(mapId, tableNames);
    return restage.then(again, again);
  }
  if (writable.has(mapId)) return Promise.resolve();
  let expansion = expansions.get(mapId);
  if (expansion === undefined) {
    expansion = startExpansion(mapId);
    expansions.set(mapId, expansion);
  }
  return staged.every((name) => name === 'nodes') ? expansion.nodes : expansion.all;
}

/** Resolves once every staged table of the map can be written record by record. */
export function whenMapWritable(mapId: string): Promise<void> {
  return whenTablesWritable(mapId, STAGED_TABLES);
}

/** Bulk writes (restageWrite) under way, per map. */
const restages = new Map<string, Promise<unknown>>();

/**
 * Runs a bulk write that may store the map's nodes as staged parts (nodeRestage.ts), after any
 * other such write to the map, holding every write to its nodes or relationships until it is
 * done and its parts are expanded. It need not wait for an expansion: it reads the nodes where
 * they are and replaces them all. `write` must not wait for the map to be writable itself.
 */
export async function restageWrite<T>(mapId: string, write: () => Promise<T>): Promise<T> {
  // Nothing else runs between the check and the start below, so two never run at once.
  for (let running = restages.get(mapId); running; running = restages.get(mapId)) {
    await running.catch(() => {});
  }
  writable.delete(mapId);
  // A promise of its own that settles only once the write is no longer listed as running: those
  // waiting on it then never find it still listed (Dexie's promises may call them back first).
  const run = (async () => {
    try {
      return await write();
    } finally {
      restages.delete(mapId);
      // Before any write that comes first, expands the parts if there are any (or, finding
      // none, notes the map writable again).
      expandWhenIdle(mapId);
    }
  })();
  restages.set(mapId, run);
  return run;
}

/**
 * Gets an opened map ready for writes without holding up its first frames: a staged map is
 * expanded at the page's first idle moment, so the first edit need not wait. No deadline: with
 * one, the expansion of a large map started while its edges were still being drawn, and on two
 * cores the worker and IndexedDB then compete with the drawing; a write that comes first starts
 * it anyway. Returns a cancel for when the map closes first.
 */
export function expandWhenIdle(mapId: string): () => void {
  if (writable.has(mapId)) return () => {};
  let cancelled = false;
  const start = () => {
    if (cancelled) return;
    // A failure here is reported by the write that next needs the expansion, which retries it.
    whenMapWritable(mapId).catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(start);
    return () => {
      cancelled = true;
      cancelIdleCallback(handle);
    };
  }
  const handle = setTimeout(start, 0);
  return () => {
    cancelled = true;
    clearTimeout(handle);
  };
}
