import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  CRASH_WINDOW_MS,
  MAX_CRASH_RELOADS,
  buildWebPreferences,
  createMainWindow,
  preloadPathFor,
  rendererRootFor,
  type MainWindowLike,
  type RenderProcessGoneDetails,
} from '../../electron/main/window';

describe('buildWebPreferences', () => {
  const preferences = buildWebPreferences('/app/dist/electron/preload.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['spellcheck', true],
  ] as const)('sets %s to %s explicitly', (flag, value) => {
    expect(preferences[flag]).toBe(value);
  });

  it('never enables Blink features outside the web platform', () => {
    expect('enableBlinkFeatures' in preferences).toBe(false);
  });

  it('loads the bundled preload', () => {
    expect(preferences.preload).toBe('/app/dist/electron/preload.cjs');
  });
});

describe('app paths', () => {
  it('finds the preload and the renderer where the builds write them', () => {
    expect(preloadPathFor('/app')).toBe(path.join('/app', 'dist', 'electron', 'preload.cjs'));
    expect(rendererRootFor('/app')).toBe(path.join('/app', 'dist', 'renderer'));
  });
});

type GoneListener = (event: unknown, details: RenderProcessGoneDetails) => void;

function fakeWindow() {
  let readyToShow: (() => void) | undefined;
  let gone: GoneListener | undefined;
  const window = {
    once: vi.fn((_event: 'ready-to-show', listener: () => void) => {
      readyToShow = listener;
    }),
    show: vi.fn(),
    loadURL: vi.fn(async (_url: string) => undefined),
    webContents: {
      on: vi.fn((_event: 'render-process-gone', listener: GoneListener) => {
        gone = listener;
      }),
      reload: vi.fn(),
    },
  } satisfies MainWindowLike;
  return {
    window,
    readyToShow: () => readyToShow?.(),
    crash: (reason = 'crashed') => gone?.({}, { reason, exitCode: 1 }),
  };
}

function open(now: () => number = () => 0) {
  const fake = fakeWindow();
  const log = vi.fn();
  let options: BrowserWindowConstructorOptions | undefined;
  const window = createMainWindow({
    appPath: '/app',
    createWindow: (given) => {
      options = given;
      return fake.window;
    },
    log,
    now,
  });
  if (!options) throw new Error('createWindow was not called');
  return { ...fake, window, options, log };
}

describe('createMainWindow', () => {
  it('creates a titled, hidden, size-limited window with the secure preferences', () => {
    const { options } = open();
    expect(options.title).toBe('Stakemap');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
    expect(options.webPreferences).toEqual(
      buildWebPreferences(path.join('/app', 'dist', 'electron', 'preload.cjs')),
    );
  });

  it('loads the app from its own origin and shows it once painted', () => {
    const { window, readyToShow } = open();
    expect(window.loadURL).toHaveBeenCalledWith('app://stakemap/index.html');
    expect(window.show).not.toHaveBeenCalled();
    readyToShow();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('logs a failed load instead of crashing the main process', async () => {
    const fake = fakeWindow();
    fake.window.loadURL.mockRejectedValueOnce(new Error('ERR_FAILED'));
    const log = vi.fn();
    createMainWindow({ appPath: '/app', createWindow: () => fake.window, log, now: () => 0 });
    await vi.waitFor(() =>
      expect(log).toHaveBeenCalledWith(
        expect.stringContaining('Could not load'),
        expect.any(Error),
      ),
    );
  });

  it('reloads after the renderer crashes, and logs it', () => {
    const { window, crash, log } = open();
    crash('oom');
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('oom'));
  });

  it('does not reload when the renderer exited cleanly', () => {
    const { window, crash } = open();
    crash('clean-exit');
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('stops reloading a renderer that keeps crashing, and starts again later', () => {
    let now = 0;
    const { window, crash } = open(() => now);
    for (let i = 0; i < MAX_CRASH_RELOADS + 2; i += 1) crash();
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_CRASH_RELOADS);
    now += CRASH_WINDOW_MS;
    crash();
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_CRASH_RELOADS + 1);
  });
});
