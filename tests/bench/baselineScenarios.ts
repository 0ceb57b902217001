// The same scenarios on the baseline page (default Cytoscape.js, Dexie, one record per element),
// and the limits of the same data, in a fresh profile of the same Chromium.

import type { Page } from 'playwright-core';
import {
  baseline,
  heapAfterGc,
  launchSession,
  pollPage,
  probe,
  TimeoutError,
  withTimeout,
  type BenchSession,
} from './browser';
import type { Results, Size } from './results';
import { measureGestures, repeat, WorstPerRun, type BenchEnv } from './stakemapScenarios';
import { percentile } from './stats';

const EDITS_PER_RUN = 10;
const WAIT_MS = 300_000;
/** The layouts Stakemap offers, in its order; the baseline runs each with default options. */
const LAYOUTS = ['force', 'grid', 'circle', 'concentric', 'hierarchy'];
/** "About 25 records" for the limit on writing the same data. */
const LIMIT_CHUNKS = 25;

async function startPage(env: BenchEnv, dataPath: string): Promise<BenchSession> {
  const session = await launchSession(env.baselineUrl, env.probeSource);
  await session.page.waitForFunction(() => window.__stakemapBaseline !== undefined);
  await baseline(session.page, 'load', dataPath);
  return session;
}

async function openStored(page: Page): Promise<{ nodes: number; all: number }> {
  await page.reload();
  await page.waitForFunction(() => window.__stakemapBaseline !== undefined);
  return withTimeout(baseline(page, 'open'), WAIT_MS, 'Opening the baseline map');
}

export async function measureBaseline(env: BenchEnv, size: Size, dataPath: string) {
  const { options, results } = env;
  const groups = options.groups;
  let session = await startPage(env, dataPath);
  const page = () => session.page;
  try {
    if (groups.has('limits')) {
      console.log('  limits: JSON.parse, ~25 records, JSON.stringify');
      await baseline(page(), 'clear');
      await repeat(options.runs, async (recorded) => {
        const parse = await baseline(page(), 'limitParse');
        const write = await baseline(page(), 'limitWriteChunks', LIMIT_CHUNKS);
        const stringify = await baseline(page(), 'limitStringify');
        if (!recorded) return;
        results.add('import_persisted', size, 'limit', parse + write);
        results.add('export_json', size, 'limit', stringify);
      });
    }

    console.log('  baseline: import');
    await repeat(groups.has('import') ? options.runs : 0, async (recorded) => {
      await baseline(page(), 'clear');
      const times = await withTimeout(baseline(page(), 'importFile'), WAIT_MS, 'Baseline import');
      if (!recorded) return;
      results.add('import_persisted', size, 'baseline', times.persisted);
      results.add('import_drawn', size, 'baseline', times.drawn);
    });

    if (groups.has('open')) {
      console.log('  baseline: open');
      await repeat(options.runs, async (recorded) => {
        const times = await openStored(page());
        if (!recorded) return;
        results.add('open_nodes', size, 'baseline', times.nodes);
        results.add('open_all', size, 'baseline', times.all);
      });
    }

    await openStored(page());
    if (groups.has('heap')) {
      results.add('heap_mb', size, 'baseline', await heapAfterGc(session.cdp), 'MB');
    }
    if (groups.has('edit')) {
      console.log('  baseline: edit');
      await measureBaselineEdits(page(), size, results, options.runs);
    }
    if (groups.has('gestures')) {
      console.log('  baseline: pan, zoom, drag');
      await measureGestures(page(), size, env, 'baseline');
    }
    if (groups.has('export')) {
      await repeat(options.runs, async (recorded) => {
        const time = await baseline(page(), 'exportJson');
        if (recorded) results.add('export_json', size, 'baseline', time);
      });
    }
    if (groups.has('layout')) {
      console.log('  baseline: layouts');
      const longest = new WorstPerRun();
      for (const name of LAYOUTS) {
        const key = `baseline:${name}`;
        if (env.slowLayouts.has(key)) {
          results.add(`layout_${name}`, size, 'baseline', null);
          continue;
        }
        await repeat(options.runs, async (recorded, run) => {
          if (env.slowLayouts.has(key)) return;
          await probe(page(), 'startLongTasks');
          const started = await probe(page(), 'now');
          try {
            const time = await withTimeout(
              baseline(page(), 'runLayout', name),
              options.layoutTimeoutMs,
              `The baseline ${name} layout at ${size.nodes} nodes`,
            );
            const tasks = await probe(page(), 'stopLongTasks');
            const worst = Math.max(
              0,
              ...tasks.filter(([start]) => start >= started).map(([, length]) => length),
            );
            if (!recorded) return;
            results.add(`layout_${name}`, size, 'baseline', time);
            results.add(`layout_${name}_longest_task`, size, 'baseline', worst);
            longest.add(run, worst);
          } catch (error) {
            if (!(error instanceof TimeoutError)) throw error;
            env.slowLayouts.add(key);
            results.add(`layout_${name}`, size, 'baseline', null);
            results.note(`baseline ${error.message}: not tried at larger sizes`);
            // A new session is a new, empty profile: store the map again before opening it.
            await session.close();
            session = await startPage(env, dataPath);
            await withTimeout(baseline(page(), 'importFile'), WAIT_MS, 'Baseline import');
            await openStored(page());
          }
        });
      }
      for (const value of longest.values())
        results.add('layout_longest_task', size, 'baseline', value);
    }
  } finally {
    await session.close();
  }
}

async function measureBaselineEdits(page: Page, size: Size, results: Results, runs: number) {
  const nodeId = await probe(page, 'firstNodeId', 'person');
  if (!nodeId) throw new Error('The baseline map has no person node to edit.');
  await probe(page, 'centreOn', nodeId);
  const commits: number[] = [];
  const frames: number[] = [];
  let edit = 0;
  await repeat(runs, async (recorded) => {
    for (let index = 0; index < EDITS_PER_RUN; index += 1) {
      edit += 1;
      await probe(page, 'reset');
      const { started, framed } = await baseline(page, 'editLabel', nodeId, `Edited label ${edit}`);
      const commit = await pollPage(
        page,
        async () =>
          (await probe(page, 'snapshot')).transactions.find(
            (tx) => tx.created >= started && tx.completed !== null,
          ) ?? null,
        WAIT_MS,
        'the baseline edit to commit',
      );
      if (recorded && commit.completed !== null) {
        commits.push(commit.completed - started);
        frames.push(framed - started);
      }
    }
  });
  results.add('edit_commit_p95', size, 'baseline', percentile(commits, 95));
  results.add('edit_frame_p95', size, 'baseline', percentile(frames, 95));
  results.add('edit_commit_p50', size, 'baseline', percentile(commits, 50));
  results.add('edit_frame_p50', size, 'baseline', percentile(frames, 50));
}
