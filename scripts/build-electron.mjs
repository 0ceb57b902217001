// Bundles the main process and the preload into dist/electron as CommonJS for Electron's Node.
// The preload must be one self-contained file (a sandboxed preload can require only 'electron'),
// and '@shared/*' imports are resolved through electron/tsconfig.json's paths.
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  tsconfig: 'electron/tsconfig.json',
  sourcemap: false,
  logLevel: 'info',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
  }),
]);
