// Runs once for the browser suite: checks the renderer was built, decides whether Chromium is
// there (failing in CI, warning loudly elsewhere), and serves dist/renderer on 127.0.0.1.

import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumLookup, describeMissingChromium } from './chromium';
import { startStaticServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The static server's origin with a trailing slash, e.g. http://127.0.0.1:41234/ */
    appUrl: string;
  }
}

// STAKEMAP_E2E_RENDERER_DIR points the suite at another build (used to try the harness itself).
const RENDERER_DIR = process.env.STAKEMAP_E2E_RENDERER_DIR
  ? join(process.env.STAKEMAP_E2E_RENDERER_DIR, '/')
  : fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!chromiumLookup.found) {
    const message = describeMissingChromium(chromiumLookup);
    if (chromiumLookup.mustFail) throw new Error(message);
    console.warn(message);
  }
  if (!existsSync(`${RENDERER_DIR}index.html`)) {
    throw new Error(
      `The browser suite needs the built renderer, and ${RENDERER_DIR}index.html does not exist: ` +
        'run npm run build:renderer (npm run test:e2e does it for you).',
    );
  }
  // Serve a snapshot, so a rebuild of dist/ while the suite runs cannot pull files from under it.
  const snapshot = await mkdtemp(join(tmpdir(), 'stakemap-e2e-renderer-'));
  await cp(RENDERER_DIR, snapshot, { recursive: true });
  const server = await startStaticServer(snapshot);
  project.provide('appUrl', server.url);
  return async () => {
    await server.close();
    await rm(snapshot, { recursive: true, force: true });
  };
}
