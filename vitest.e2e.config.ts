// The browser suite: the built renderer served on 127.0.0.1 and driven in Debian's Chromium.
// Files run one after another: two cores cannot host several Chromiums without flaking.
import { defineConfig } from 'vitest/config';

export default defineConfig({
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
