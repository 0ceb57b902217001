// The one place a BrowserWindow is created, and so the one place its webPreferences are decided.
// Every security-relevant flag is spelled out, even where it equals Electron's default, so a change
// of default cannot weaken the app silently. Navigation, CSP and permissions live in security.ts.

import path from 'node:path';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_ORIGIN, PRODUCT_NAME } from './constants';

/** Where the bundled preload sits inside the app (scripts/build-electron.mjs writes it). */
export function preloadPathFor(appPath: string): string {
  return path.join(appPath, 'dist', 'electron', 'preload.cjs');
}

/** Where the built renderer sits inside the app (vite.config.ts writes it). */
export function rendererRootFor(appPath: string): string {
  return path.join(appPath, 'dist', 'renderer');
}

export const MAIN_WINDOW_URL = `${APP_ORIGIN}/index.html`;

export function buildWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    // The page cannot reach Node or Electron: it gets only what the preload exposes.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // Same-origin policy and mixed-content blocking stay on.
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // enableBlinkFeatures is deliberately absent: it switches on features outside the web platform.
    spellcheck: true,
  };
}

export function buildMainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    // Hidden until the first paint so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: buildWebPreferences(preloadPath),
  };
}

export interface RenderProcessGoneDetails {
  reason: string;
  exitCode: number;
}

export interface MainWindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
  webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: RenderProcessGoneDetails) => void,
    ): unknown;
    reload(): void;
  };
}

export interface MainWindowDeps<Window extends MainWindowLike> {
  /** The app's folder (app.getAppPath()): the preload is found relative to it. */
  appPath: string;
  createWindow(options: BrowserWindowConstructorOptions): Window;
  log(message: string, error?: unknown): void;
  now(): number;
}

/** More crashes than this within CRASH_WINDOW_MS and we stop reloading: it would only crash again. */
export const MAX_CRASH_RELOADS = 3;
export const CRASH_WINDOW_MS = 60_000;

export function createMainWindow<Window extends MainWindowLike>(
  deps: MainWindowDeps<Window>,
): Window {
  const window = deps.createWindow(buildMainWindowOptions(preloadPathFor(deps.appPath)));
  window.once('ready-to-show', () => window.show());

  // Everything the user did is already in IndexedDB (each edit is its own transaction), so a
  // reload after a renderer crash loses nothing that was acknowledged.
  let recentCrashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    deps.log(`Renderer process gone (${details.reason}, exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit') return;
    const now = deps.now();
    recentCrashes = [...recentCrashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
    if (recentCrashes.length > MAX_CRASH_RELOADS) {
      deps.log('Renderer keeps crashing; not reloading again');
      return;
    }
    window.webContents.reload();
  });

  window.loadURL(MAIN_WINDOW_URL).catch((error: unknown) => {
    deps.log(`Could not load ${MAIN_WINDOW_URL}`, error);
  });
  return window;
}
