import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APP_HOST,
  APP_ID,
  APP_ORIGIN,
  APP_SCHEME,
  PRODUCT_NAME,
} from '../../electron/main/constants';

function readJson(relativePath: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(
    readFileSync(new URL(`../../${relativePath}`, import.meta.url), 'utf8'),
  );
  if (typeof parsed !== 'object' || parsed === null)
    throw new Error(`${relativePath} is not an object`);
  return parsed as Record<string, unknown>;
}

describe('persisted names', () => {
  // These values are stored outside the code: changing one loses users' data or identity.
  it('keeps the origin that owns every user\u2019s IndexedDB data', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('stakemap');
    expect(APP_ORIGIN).toBe('app://stakemap');
  });

  it('keeps the OS identity and the product name', () => {
    expect(APP_ID).toBe('org.stakemap.desktop');
    expect(PRODUCT_NAME).toBe('Stakemap');
  });

  it('matches the packaging config and package.json', () => {
    const builder = readJson('electron-builder.json');
    const pkg = readJson('package.json');
    expect(builder.appId).toBe(APP_ID);
    expect(builder.productName).toBe(PRODUCT_NAME);
    expect(pkg.productName).toBe(PRODUCT_NAME);
  });

  it('starts the bundled main process that scripts/build-electron.mjs writes', () => {
    const pkg = readJson('package.json');
    expect(pkg.main).toBe('dist/electron/main.cjs');
    const scripts = pkg.scripts as Record<string, string>;
    expect(scripts.dist).toContain('electron-builder --config electron-builder.json');
    const buildScript = readFileSync(
      new URL('../../scripts/build-electron.mjs', import.meta.url),
      'utf8',
    );
    expect(buildScript).toContain("outfile: 'dist/electron/main.cjs'");
    expect(buildScript).toContain("'dist/electron/preload.cjs'");
  });
});
