import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '@shared/ipc/contract';

// A stand-in for Electron that records the order of lifecycle calls, so the start-up sequence
// (sandbox first, scheme before ready, everything else after) is checked without launching it.
const userDataRoot = vi.hoisted(
  () => `${process.env.TMPDIR ?? '/tmp'}/stakemap-index-test-${process.pid}`,
);

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let resolveReady: () => void = () => undefined;
  const windows: Array<{ options: unknown; listeners: Map<string, () => void> }> = [];

  class BrowserWindow {
    listeners = new Map<string, () => void>();
    webContents = { on: vi.fn(), reload: vi.fn(), send: vi.fn() };
    constructor(readonly options: unknown) {
      calls.push('new BrowserWindow');
      windows.push(this);
    }
    once = vi.fn();
    show = vi.fn();
    loadURL = vi.fn(async (url: string) => {
      calls.push(`loadURL ${url}`);
    });
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
    }
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    static fromWebContents = vi.fn(() => null);
  }

  const electron = {
    app: {
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(() => calls.push('quit')),
      setAppUserModelId: vi.fn(),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        appListeners.set(event, listener);
      }),
      whenReady: vi.fn(
        () =>
          new Promise<void>((resolve) => {
            resolveReady = () => {
              calls.push('ready');
              resolve();
            };
          }),
      ),
      isReady: vi.fn(() => true),
      getAppPath: () => '/app',
      // A real temporary folder: start-up creates logs/ there, and backups are read from it.
      getPath: (name: string) => `${userDataRoot}/${name}`,
      getName: () => 'Stakemap',
      getVersion: () => '0.1.0',
      isPackaged: true,
    },
    BrowserWindow,
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: {
      handle: vi.fn(
        (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => {
          calls.push(`ipc ${channel}`);
          handlers.set(channel, handler);
        },
      ),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => template),
      setApplicationMenu: vi.fn(() => calls.push('setApplicationMenu')),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string) => calls.push(`protocol.handle ${scheme}`)),
    },
    session: {
      defaultSession: {
        setSpellCheckerDictionaryDownloadURL: vi.fn(),
        setPermissionRequestHandler: vi.fn(() => calls.push('setPermissionRequestHandler')),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn() },
  };
  return { electron, calls, appListeners, windows, handlers, ready: () => resolveReady() };
});

vi.mock('electron', () => fake.electron);

async function start(): Promise<void> {
  await import('../../electron/main/index');
}

async function becomeReady(): Promise<void> {
  fake.ready();
  await vi.waitFor(() => expect(fake.calls).toContain('new BrowserWindow'));
}

afterAll(async () => {
  await rm(userDataRoot, { recursive: true, force: true });
});

beforeEach(() => {
  vi.resetModules();
  fake.calls.length = 0;
  fake.windows.length = 0;
  fake.appListeners.clear();
  fake.electron.app.requestSingleInstanceLock.mockReturnValue(true);
});

describe('main process start-up', () => {
  it('sandboxes every renderer before anything else', async () => {
    await start();
    expect(fake.calls[0]).toBe('enableSandbox');
  });

  it('registers the app scheme before ready, and serves, hardens and opens only after', async () => {
    await start();
    expect(fake.calls).toContain('registerSchemesAsPrivileged');
    expect(fake.calls).not.toContain('protocol.handle app');
    await becomeReady();
    const order = (call: string) => fake.calls.indexOf(call);
    expect(order('registerSchemesAsPrivileged')).toBeLessThan(order('ready'));
    for (const call of [
      'protocol.handle app',
      'setPermissionRequestHandler',
      'setApplicationMenu',
      ...INVOKE_CHANNELS.map((channel) => `ipc ${channel}`),
    ]) {
      expect(order(call)).toBeGreaterThan(order('ready'));
      expect(order(call)).toBeLessThan(order('new BrowserWindow'));
    }
    expect(fake.calls).toContain('loadURL app://stakemap/index.html');
  });

  it('hardens web contents as soon as they exist', async () => {
    await start();
    expect(fake.appListeners.has('web-contents-created')).toBe(true);
  });

  it('hands over to the running copy instead of starting a second one', async () => {
    fake.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await start();
    expect(fake.calls).toEqual(['enableSandbox', 'quit']);
  });

  it('quits when the last window closes, except on macOS', async () => {
    await start();
    const allClosed = fake.appListeners.get('window-all-closed');
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      allClosed?.();
      expect(fake.calls).not.toContain('quit');
      Object.defineProperty(process, 'platform', { value: 'linux' });
      allClosed?.();
      expect(fake.calls).toContain('quit');
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('opens a new window on activate once the last one has closed', async () => {
    await start();
    await becomeReady();
    const activate = fake.appListeners.get('activate');
    activate?.();
    expect(fake.windows).toHaveLength(1);
    fake.windows[0]?.listeners.get('closed')?.();
    activate?.();
    expect(fake.windows).toHaveLength(2);
  });

  it('keeps backups and the log in the user-data folder', async () => {
    const folder = `${userDataRoot}/userData/backups/m1`;
    await mkdir(folder, { recursive: true });
    await writeFile(`${folder}/2026-11-27T09-00-00-000Z.stakemap.json`, '{}');
    await writeFile(`${folder}/map.json`, '{"mapName":"Panel","mapUpdatedAt":"x"}');
    await start();
    await becomeReady();
    const list = fake.handlers.get('backup:list');
    const listed = await list?.(
      { senderFrame: { url: 'app://stakemap/index.html', parent: null }, sender: {} },
      null,
    );
    expect(listed).toMatchObject({ ok: true, value: [{ mapId: 'm1', mapName: 'Panel' }] });
    await vi.waitFor(async () =>
      expect(await readdir(`${userDataRoot}/userData`)).toContain('logs'),
    );
  });
});
