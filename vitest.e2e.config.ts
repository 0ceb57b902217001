// The browser suite: the built renderer served on 127.0.0.1 and driven in Debian's Chromium.
// Files run one after another: two cores cannot host several Chromiums without flaking.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests may build their data with the app's own code (the benchmark's map generator does).
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
  },
});
