// npm run bench: bundles the benchmark driver, its in-page probe and the baseline page with the
// esbuild the build already uses (no TypeScript runner needed), then runs the driver with the
// arguments given, e.g. npm run bench -- --sizes 300,5000 --runs 5. See tests/bench/README.md.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// STAKEMAP_BENCH_WORK (e.g. .tmp/bench-mine) lets two benches run side by side, each with its own
// build and driver; keep it inside the repository, where the driver finds playwright-core.
const work = resolve(root, process.env.STAKEMAP_BENCH_WORK ?? '.tmp/bench');
await mkdir(`${work}/www`, { recursive: true });

const common = {
  bundle: true,
  absWorkingDir: root,
  tsconfig: 'tests/tsconfig.json',
  logLevel: 'warning',
  legalComments: 'none',
};
await Promise.all([
  build({
    ...common,
    entryPoints: ['tests/bench/run.ts'],
    outfile: `${work}/run.mjs`,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['playwright-core'],
  }),
  build({
    ...common,
    entryPoints: ['tests/bench/probe/pageProbe.ts'],
    outfile: `${work}/probe.js`,
    platform: 'browser',
    format: 'iife',
    target: 'chrome130',
  }),
  build({
    ...common,
    entryPoints: ['tests/bench/baseline/main.ts'],
    outfile: `${work}/www/baseline.js`,
    platform: 'browser',
    format: 'iife',
    target: 'chrome130',
    minify: true,
  }),
]);
await copyFile(`${root}tests/bench/baseline/index.html`, `${work}/www/index.html`);

const run = spawnSync(process.execPath, [`${work}/run.mjs`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, STAKEMAP_BENCH_WORK: work },
});
process.exit(run.status ?? 1);
