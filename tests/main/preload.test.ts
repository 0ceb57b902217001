import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_KEY, MENU_COMMAND_CHANNEL, type DesktopApi } from '@shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, request: unknown) => ({ channel, request })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));

vi.mock('electron', () => electron);

let api: DesktopApi;

beforeAll(async () => {
  await import('../../electron/preload/index');
  const [key, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe(DESKTOP_API_KEY);
  api = exposed as DesktopApi;
});

describe('the preload bridge', () => {
  it('exposes exactly the DesktopApi under "stakemap", once', () => {
    expect(DESKTOP_API_KEY).toBe('stakemap');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(Object.keys(api).sort()).toEqual(
      [
        'appInfo',
        'listBackups',
        'onMenuCommand',
        'openExternal',
        'openFile',
        'printToPdf',
        'readBackup',
        'saveFile',
        'writeBackup',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands the page ipcRenderer or any of its functions', () => {
    const values: unknown[] = Object.values(api);
    expect(values).not.toContain(electron.ipcRenderer);
    for (const method of Object.values(electron.ipcRenderer)) expect(values).not.toContain(method);
  });

  it.each([
    ['saveFile', 'file:save', { suggestedName: 'a.json', contents: '{}', filters: [] }],
    ['openFile', 'file:open', { filters: [] }],
    ['printToPdf', 'file:printToPdf', { suggestedName: 'Programme meeting pack.pdf' }],
    ['openExternal', 'link:open', { url: 'https://example.org/' }],
    [
      'saveFile',
      'file:save',
      { suggestedName: 'a.png', contents: new Uint8Array([1, 2]), filters: [] },
    ],
    [
      'writeBackup',
      'backup:write',
      { mapId: 'm1', mapName: 'Programme', mapUpdatedAt: '2026-01-01', contents: '{}' },
    ],
    ['readBackup', 'backup:read', { mapId: 'm1', fileName: 'x.stakemap.json' }],
  ] as const)('%s invokes %s with the request as given', async (method, channel, request) => {
    electron.ipcRenderer.invoke.mockClear();
    const call = api[method] as (request: unknown) => Promise<unknown>;
    await expect(call(request)).resolves.toEqual({ channel, request });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, request);
  });

  it('appInfo invokes app:info with no payload', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await api.appInfo();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('app:info', null);
  });

  it('listBackups invokes backup:list with no payload', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await api.listBackups();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('backup:list', null);
  });
});

describe('onMenuCommand', () => {
  function subscribe() {
    electron.ipcRenderer.on.mockClear();
    electron.ipcRenderer.removeListener.mockClear();
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const [channel, handler] = electron.ipcRenderer.on.mock.calls[0] ?? [];
    expect(channel).toBe(MENU_COMMAND_CHANNEL);
    if (typeof handler !== 'function') throw new Error('no IPC handler was registered');
    return {
      listener,
      unsubscribe,
      deliver: (command: unknown) => handler({ sender: 'ipc' }, command),
    };
  }

  it('passes known commands on, without the IPC event', () => {
    const { listener, deliver } = subscribe();
    deliver('view:fit');
    deliver('edit:undo');
    expect(listener.mock.calls).toEqual([['view:fit'], ['edit:undo']]);
  });

  it.each(['shell:exec', '', 'VIEW:FIT', 42, null, { command: 'map:new' }, ['map:new']])(
    'ignores the unknown command %j',
    (command) => {
      const { listener, deliver } = subscribe();
      deliver(command);
      expect(listener).not.toHaveBeenCalled();
    },
  );

  it('unsubscribes exactly the handler it registered', () => {
    const { unsubscribe } = subscribe();
    const handler: unknown = electron.ipcRenderer.on.mock.calls[0]?.[1];
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(
      MENU_COMMAND_CHANNEL,
      handler,
    );
  });
});
