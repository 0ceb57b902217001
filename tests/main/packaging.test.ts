import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const config: unknown = JSON.parse(readFileSync(new URL('electron-builder.json', root), 'utf8'));

function field(path: string): unknown {
  let value: unknown = config;
  for (const key of path.split('.')) {
    value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
  }
  return value;
}

type ValidateConfiguration = (
  configuration: unknown,
  debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void },
) => Promise<void>;

function loadElectronBuilderValidator(): ValidateConfiguration {
  const require = createRequire(import.meta.url);
  const configModule: unknown = require('app-builder-lib/out/util/config/config.js');
  const validate: unknown =
    typeof configModule === 'object' && configModule !== null
      ? Reflect.get(configModule, 'validateConfiguration')
      : undefined;
  if (typeof validate !== 'function')
    throw new Error('electron-builder has no validateConfiguration');
  return validate as ValidateConfiguration;
}

describe('electron-builder.json', () => {
  it('passes electron-builder\u2019s own schema', { timeout: 30_000 }, async () => {
    const validate = loadElectronBuilderValidator();
    await expect(
      validate(config, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
    await expect(
      validate(
        { ...(config as object), electronFuses: { runAsnode: false } },
        {
          isEnabled: false,
          add: () => undefined,
        },
      ),
    ).rejects.toThrow(/electronFuses/);
  });

  it('packages only the built app into an asar, from build/ resources into release/', () => {
    expect(field('directories')).toEqual({ output: 'release', buildResources: 'build' });
    expect(field('files')).toEqual(['dist/**/*', 'package.json']);
    expect(field('asar')).toBe(true);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and a dmg for macOS', () => {
    expect(field('linux.target')).toEqual(['AppImage', 'deb']);
    expect(field('linux.category')).toBe('Office');
    expect(field('linux.maintainer')).toEqual(expect.stringMatching(/<.+@.+>/));
    expect(field('win.target')).toEqual(['nsis']);
    expect(field('mac.target')).toEqual(['dmg']);
    expect(field('mac.category')).toBe('public.app-category.productivity');
  });

  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['loadBrowserProcessSpecificV8Snapshot', false],
    ['grantFileProtocolExtraPrivileges', false],
  ])('flips the %s fuse to %s', (fuse, value) => {
    expect(field(`electronFuses.${fuse}`)).toBe(value);
  });

  it('sets no fuse beyond the reviewed list', () => {
    expect(Object.keys(field('electronFuses') as object).sort()).toEqual(
      [
        'enableCookieEncryption',
        'enableEmbeddedAsarIntegrityValidation',
        'enableNodeCliInspectArguments',
        'enableNodeOptionsEnvironmentVariable',
        'grantFileProtocolExtraPrivileges',
        'loadBrowserProcessSpecificV8Snapshot',
        'onlyLoadAppFromAsar',
        'runAsNode',
      ].sort(),
    );
  });
});

describe('build/icon.png', () => {
  const png = readFileSync(new URL('build/icon.png', root));

  it('is a PNG at least 1024\u00d71024 (macOS needs 1024 for its largest size)', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(1024);
    expect(height).toBe(width);
  });

  it('has an alpha channel so the rounded corners are transparent', () => {
    const colourType = png[25];
    expect(colourType).toBe(6);
  });
});
