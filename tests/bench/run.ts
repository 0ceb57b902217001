// The benchmark driver (npm run bench): builds the renderer, generates the maps, serves the app
// and the baseline page on 127.0.0.1, runs every scenario on both in Debian's Chromium, and
// writes the medians as JSON (--out) and as a table. scripts/bench.mjs bundles this file, the
// probe and the baseline page with esbuild, then runs it; see tests/bench/README.md.

import { spawnSync } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseStakemapFile } from '@shared/format';
import { startStaticServer } from '../e2e/support/server';
import { measureBaseline } from './baselineScenarios';
import { chromiumVersion } from './browser';
import { parseArgs } from './cli';
import { generateStakemapText } from './generateMap';
import { formatTable, Results, type BenchReport } from './results';
import {
  initialJsKb,
  measureStakemap,
  measureStartupFresh,
  type BenchEnv,
} from './stakemapScenarios';

const ROOT = process.cwd();
const WORK_DIR = resolve(ROOT, process.env.STAKEMAP_BENCH_WORK ?? '.tmp/bench');
// Its own build, not dist/: another build there cannot pull files from under a running bench.
const RENDERER_DIR = join(WORK_DIR, 'renderer');
const WWW_DIR = join(WORK_DIR, 'www');

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const chromium = chromiumVersion();
  console.log(
    `Stakemap benchmark on Chromium ${chromium}: sizes ${options.sizes.map((size) => size.nodes).join(', ')}, ${options.runs} runs after a warm-up`,
  );

  if (options.build) {
    const build = spawnSync(
      'npx',
      ['vite', 'build', '--outDir', RENDERER_DIR, '--emptyOutDir', '--logLevel', 'warn'],
      { stdio: 'inherit' },
    );
    if (build.status !== 0) throw new Error('The renderer build failed.');
  }
  await stat(join(RENDERER_DIR, 'index.html')).catch(() => {
    throw new Error(`No build in ${RENDERER_DIR}: run without --no-build first.`);
  });

  await mkdir(join(WWW_DIR, 'data'), { recursive: true });
  const files = new Map<number, { path: string; url: string }>();
  for (const size of options.sizes) {
    const name = `map-${size.nodes}-${size.edges}.stakemap.json`;
    const path = join(WWW_DIR, 'data', name);
    const text = generateStakemapText(size.nodes, size.edges);
    const parsed = parseStakemapFile(text);
    if (!parsed.ok) {
      const problems = JSON.stringify(parsed.error.slice(0, 3));
      throw new Error(`The generated ${name} is not a valid file: ${problems}`);
    }
    await writeFile(path, text);
    files.set(size.nodes, { path, url: `data/${name}` });
  }

  const results = new Results();
  const load = () => loadavg()[0]?.toFixed(1) ?? '?';
  const loadAtStart = load();
  const appServer = await startStaticServer(RENDERER_DIR);
  const baselineServer = await startStaticServer(WWW_DIR);
  const env: BenchEnv = {
    appUrl: appServer.url,
    baselineUrl: `${baselineServer.url}index.html`,
    probeSource: await readFile(join(WORK_DIR, 'probe.js'), 'utf8'),
    options,
    results,
    slowLayouts: new Set(),
  };

  try {
    const anySize = { nodes: 0, edges: 0 };
    const baselineKb = (await stat(join(WWW_DIR, 'baseline.js'))).size / 1024;
    results.add('js_initial_kb', anySize, 'stakemap', await initialJsKb(RENDERER_DIR), 'KB');
    results.add('js_initial_kb', anySize, 'baseline', baselineKb, 'KB');
    if (options.groups.has('startup')) {
      console.log('startup in fresh profiles');
      await measureStartupFresh(env);
    }
    for (const size of options.sizes) {
      const file = files.get(size.nodes);
      if (!file) continue;
      console.log(`${size.nodes} nodes / ${size.edges} edges`);
      await measureStakemap(env, size, file.path);
      if (options.baseline) await measureBaseline(env, size, file.url);
    }
  } finally {
    await appServer.close();
    await baselineServer.close();
  }

  results.note(
    `load average ${loadAtStart} at the start and ${load()} at the end: figures from a busy ` +
      'machine are slower, so compare ratios within one run',
  );
  const report: BenchReport = { chromium, results: results.rows() };
  await writeFile(resolve(ROOT, options.out), `${JSON.stringify(report, null, 2)}\n`);
  console.log('');
  console.log(formatTable(report.results));
  for (const note of results.notes) console.log(`note: ${note}`);
  console.log(`\nWrote ${options.out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
