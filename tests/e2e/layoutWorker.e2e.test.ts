// The force layout on a generated map of 1,000 nodes and 4,000 relationships runs in a Web Worker:
// the page keeps answering while it runs (Cancel works and changes nothing), the finished layout
// is stored, and one Ctrl+Z puts every node back; at 2,600 nodes (stored as parts, then expanded)
// the layout and its undo survive a reload. The canvas measures the moved nodes and edges in
// slices with its frames held, after the layout and after its undo, and keeps the right boxes.
// It reports the longest main-thread task seen while the layout ran; it asserts no time, since
// two cores are shared with other work.

import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Position } from '@shared/domain/types';
import { generateStakemapText } from '../bench/generateMap';
import { canvas, mapIdFromUrl, statusMessage, toolbar, waitForEditor } from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import { canvasCy } from './support/editor';
import { importFile } from './support/files';
import { countStore } from './support/importing';
import { readMapRecords } from './support/indexedDb';
import { eventually } from './support/wait';

const NODES = 1000;
const EDGES = 4000;
const MAP_NAME = `Bench ${NODES} nodes`;

async function storedPositions(page: Page, mapId: string): Promise<Map<string, Position>> {
  const nodes = await readMapRecords(page, 'nodes', mapId);
  return new Map(nodes.map((node) => [node.id, node.position]));
}

function movedCount(before: Map<string, Position>, after: Map<string, Position>): number {
  let moved = 0;
  for (const [id, position] of after) {
    const was = before.get(id);
    if (was && (was.x !== position.x || was.y !== position.y)) moved += 1;
  }
  return moved;
}

/** Records every long task (over 50 ms) on the page's main thread from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    Reflect.set(window, '__longTasks', tasks);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(Reflect.get(window, '__longTasks') as number[])));
}

describe.skipIf(withoutChromium)('layouts in a worker', () => {
  const session = useAppSession();

  test('lays out 1,000 nodes while the page answers; stored, and undone by one Ctrl+Z', async () => {
    const { page } = session();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const layoutWorkers = () =>
      workers.filter((url) => /\/assets\/layout\.worker-[\w-]+\.js$/.test(url));
    await importFile(page, `${MAP_NAME}.stakemap.json`, generateStakemapText(NODES, EDGES));
    // Importing 5,000 records takes a while on two shared cores; this bounds a hang only.
    await page
      .getByRole('heading', { level: 1, name: MAP_NAME, exact: true })
      .waitFor({ timeout: 120_000 });
    await waitForEditor(page, MAP_NAME);
    const mapId = mapIdFromUrl(page);
    // 5,000 records are an import large enough to be staged: its nodes are records of their own
    // once the expansion worker has run, soon after the map opened.
    await eventually(async () => (await storedPositions(page, mapId)).size).toBe(NODES);
    const before = await storedPositions(page, mapId);
    const layout = toolbar(page).getByRole('combobox', { name: 'Layout' });
    await expect.poll(() => layout.inputValue()).toBe('force');
    const run = toolbar(page).getByRole('button', { name: 'Run layout', exact: true });
    const progress = toolbar(page).getByRole('progressbar', { name: 'Layout progress' });
    // A worker, served by the app itself from the chunk the build emitted, is started once the
    // map is shown, before any layout is asked for.
    await eventually(() => layoutWorkers().length).toBe(1);

    // The page answers while the worker computes: Cancel stops the layout and nothing moves.
    await run.click();
    await progress.waitFor();
    await toolbar(page).getByRole('button', { name: 'Cancel layout' }).click();
    await statusMessage(page, 'Layout cancelled: nothing moved.').waitFor();
    await progress.waitFor({ state: 'detached' });
    expect(movedCount(before, await storedPositions(page, mapId))).toBe(0);

    // Run to the end, watching the main thread and the canvas's measuring meanwhile.
    await watchLongTasks(page);
    await watchMeasuringWhileHeld(page);
    const started = Date.now();
    await run.click();
    await statusMessage(page, 'Layout applied. Undo puts the nodes back.').waitFor({
      timeout: 60_000,
    });
    const took = Date.now() - started;
    const longest = await longestTask(page);
    console.info(
      `force layout at ${NODES}/${EDGES}: ${took} ms from the click to saved; ` +
        `longest main-thread task meanwhile ${Math.round(longest)} ms`,
    );
    // The cancelled layout's worker was stopped and one started in its place, which ran this one.
    expect(layoutWorkers()).toHaveLength(2);
    const after = await storedPositions(page, mapId);
    expect(movedCount(before, after)).toBe(NODES);
    // Every node and edge was measured while the canvas's frames were held, a slice at a time,
    // once the layout was saved; the frames then go on, and every box the canvas keeps is the one
    // measuring afresh gives.
    await eventually(() => canvasMeasuring(page)).toEqual({
      held: false,
      measuredWhileHeld: NODES + EDGES,
      staleBoxes: 0,
      savedBeforeMeasuring: true,
    });

    // One step: a single Ctrl+Z on the canvas puts every node back where it was, placed and
    // measured on the canvas as the layout was.
    await watchMeasuringWhileHeld(page);
    await canvas(page).focus();
    await page.keyboard.press('Control+z');
    await eventually(async () => movedCount(before, await storedPositions(page, mapId))).toBe(0);
    await eventually(() => canvasMeasuring(page)).toEqual({
      held: false,
      measuredWhileHeld: NODES + EDGES,
      staleBoxes: 0,
      savedBeforeMeasuring: true,
    });
    expect(movedCount(before, await canvasPositions(page))).toBe(0);
  }, 300_000);

  test('keeps a layout of 2,600 nodes and its undo, made at once, across a reload', async () => {
    const { page } = session();
    const nodes = 2600;
    const name = `Bench ${nodes} nodes`;
    await importFile(page, `${name}.stakemap.json`, generateStakemapText(nodes, nodes));
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 120_000 });
    await waitForEditor(page, name);
    const mapId = mapIdFromUrl(page);
    await eventually(() => countStore(page, 'stagedParts')).toBe(0);
    const before = await storedPositions(page, mapId);
    expect(before.size).toBe(nodes);

    await toolbar(page).getByRole('combobox', { name: 'Layout' }).selectOption('circle');
    await toolbar(page).getByRole('button', { name: 'Run layout', exact: true }).click();
    await statusMessage(page, 'Layout applied. Undo puts the nodes back.').waitFor({
      timeout: 60_000,
    });
    // Written as parts (a record per node would take several times as long), then moved back
    // into a record per node by the expansion worker.
    await eventually(async () => movedCount(before, await storedPositions(page, mapId))).toBe(
      nodes,
    );
    expect(await countStore(page, 'stagedParts')).toBe(0);
    const laidOut = await storedPositions(page, mapId);

    // Undone at once, then the page reloaded before anything else: the undo is what is kept.
    await canvas(page).focus();
    await page.keyboard.press('Control+z');
    await eventually(async () => movedCount(before, await storedPositions(page, mapId))).toBe(0);
    await page.reload();
    await waitForEditor(page, name);
    await eventually(async () => (await canvasPositions(page)).size).toBe(nodes);
    const shown = await canvasPositions(page);
    expect(movedCount(before, shown)).toBe(0);
    expect(movedCount(laidOut, shown)).toBe(nodes);
  }, 300_000);
});

/** Notes every element the canvas's renderer measures while its frames are held (a batch). */
async function watchMeasuringWhileHeld(page: Page): Promise<void> {
  const cy = await canvasCy(page);
  await cy.evaluate((core: Core) => {
    const renderer = Reflect.get(core, 'renderer').call(core) as object;
    const measure = Reflect.get(renderer, 'recalculateRenderedStyle') as (
      elements: ArrayLike<{ id(): string }>,
      useCache?: boolean,
    ) => void;
    const measured = new Set<string>();
    Reflect.set(window, '__measuredWhileHeld', measured);
    // The page's writes from here on, and how many were still open, and done, when the canvas
    // first measured an edge while held.
    const writes = { open: 0, done: 0 };
    const writesAtFirstMeasure: Array<typeof writes> = [];
    Reflect.set(window, '__writesAtFirstMeasure', writesAtFirstMeasure);
    // Dexie bound the database's own transaction() when it opened; writes are seen as they go.
    // Their ends are heard on the way down from the database, before Dexie's own handler on the
    // transaction, after which the app goes on (measuring too) before any later listener runs.
    const followed = new WeakSet<IDBTransaction>();
    const databases = new WeakSet<IDBDatabase>();
    const ended = (done: boolean) => (event: Event) => {
      if (!(event.target instanceof IDBTransaction) || !followed.has(event.target)) return;
      followed.delete(event.target);
      writes.open -= 1;
      if (done) writes.done += 1;
    };
    const follow = (transaction: IDBTransaction) => {
      if (followed.has(transaction)) return;
      followed.add(transaction);
      writes.open += 1;
      if (databases.has(transaction.db)) return;
      databases.add(transaction.db);
      transaction.db.addEventListener('complete', ended(true), { capture: true });
      transaction.db.addEventListener('abort', ended(false), { capture: true });
    };
    for (const name of ['put', 'add', 'delete', 'clear'] as const) {
      const write = IDBObjectStore.prototype[name] as (...args: unknown[]) => IDBRequest;
      Reflect.set(
        IDBObjectStore.prototype,
        name,
        function (this: IDBObjectStore, ...args: unknown[]) {
          follow(this.transaction);
          return write.apply(this, args);
        },
      );
    }
    Reflect.set(
      renderer,
      'recalculateRenderedStyle',
      function (this: unknown, elements: ArrayLike<{ id(): string }>, useCache?: boolean) {
        if (Reflect.get(core, 'batching').call(core) === true) {
          for (let index = 0; index < elements.length; index += 1) {
            const element = elements[index] as { id(): string; isEdge(): boolean };
            measured.add(element.id());
            // The fit measures nodes on the spot, held or not; edges, only the slices.
            if (element.isEdge() && writesAtFirstMeasure.length === 0) {
              writesAtFirstMeasure.push({ ...writes });
            }
          }
        }
        measure.call(this, elements, useCache);
      },
    );
  });
}

/**
 * Whether the canvas's frames are held, how many elements were measured while they were, and
 * how many elements keep a box other than the one measuring them afresh gives.
 */
async function canvasMeasuring(page: Page) {
  const cy = await canvasCy(page);
  return cy.evaluate((core: Core) => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const held = Reflect.get(core, 'batching').call(core) as boolean;
    const measured = Reflect.get(window, '__measuredWhileHeld') as Set<string>;
    let staleBoxes = 0;
    core.elements().forEach((element) => {
      const kept = (element as unknown as { _private: { bbCache: Box | null } })._private.bbCache;
      const fresh = Reflect.apply(element.boundingBox, element, [{ useCache: false }]) as Box;
      const sides = ['x1', 'y1', 'x2', 'y2'] as const;
      if (kept === null || sides.some((side) => Math.abs(kept[side] - fresh[side]) > 0.5)) {
        staleBoxes += 1;
      }
    });
    const [writes] = Reflect.get(window, '__writesAtFirstMeasure') as Array<{
      open: number;
      done: number;
    }>;
    const savedBeforeMeasuring = writes !== undefined && writes.open === 0 && writes.done > 0;
    return { held, measuredWhileHeld: measured.size, staleBoxes, savedBeforeMeasuring };
  });
}

/** Where the canvas draws each node, once it has drawn them all. */
async function canvasPositions(page: Page): Promise<Map<string, Position>> {
  const cy = await canvasCy(page);
  const positions = await cy.evaluate((core: Core) =>
    core.nodes().map((node): [string, Position] => [node.id(), { ...node.position() }]),
  );
  return new Map(positions);
}
