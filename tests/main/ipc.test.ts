import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { INVOKE_CHANNELS, type BackedUpMap, type WriteBackupRequest } from '@shared/ipc/contract';
import { MAX_FILE_BYTES } from '@shared/ipc/validation';
import {
  createIpcHandlers,
  registerIpc,
  writeFileAtomically,
  type IpcDeps,
  type IpcFileSystem,
  type IpcMainLike,
  type InvokeEventLike,
} from '../../electron/main/ipc';

const FOLDER = path.resolve('/home/comms/Documents');
const TARGET = path.join(FOLDER, 'Programme.stakemap.json');
const MAP_TEXT = readFileSync(
  new URL('../fixtures/stakemap/v1-minimal.stakemap.json', import.meta.url),
  'utf8',
);
const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n% meeting pack\n%%EOF\n');
const TRUSTED_FRAME = { url: 'app://stakemap/index.html', parent: null };

/** An in-memory file system that records every operation in order. */
function memoryFileSystem() {
  const files = new Map<string, Uint8Array>();
  const sizes = new Map<string, number>();
  const operations: string[] = [];
  const fs: IpcFileSystem = {
    async open(filePath, flags) {
      operations.push(`open ${filePath} ${flags}`);
      if (files.has(filePath)) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
      files.set(filePath, new Uint8Array());
      return {
        async writeFile(data) {
          operations.push(`write ${filePath}`);
          files.set(filePath, typeof data === 'string' ? new TextEncoder().encode(data) : data);
        },
        async sync() {
          operations.push(`sync ${filePath}`);
        },
        async close() {
          operations.push(`close ${filePath}`);
        },
      };
    },
    async rename(from, to) {
      operations.push(`rename ${from} -> ${to}`);
      const data = files.get(from);
      if (data === undefined) throw new Error('ENOENT');
      files.delete(from);
      files.set(to, data);
    },
    async rm(filePath) {
      operations.push(`rm ${filePath}`);
      files.delete(filePath);
    },
    async stat(filePath) {
      const data = files.get(filePath);
      if (data === undefined)
        throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
      return { size: sizes.get(filePath) ?? data.byteLength, isFile: () => true };
    },
    async readFile(filePath) {
      operations.push(`read ${filePath}`);
      const data = files.get(filePath);
      if (data === undefined) throw new Error('ENOENT');
      return data;
    },
  };
  return { fs, files, sizes, operations };
}

function setup(overrides: Partial<IpcDeps<string>> = {}) {
  const memory = memoryFileSystem();
  const mocks = {
    showSaveDialog: vi.fn(async (_sender: string, _options: unknown) => ({
      canceled: false,
      filePath: TARGET,
    })),
    showOpenDialog: vi.fn(async (_sender: string, _options: unknown) => ({
      canceled: false,
      filePaths: [TARGET],
    })),
    openExternal: vi.fn(async (_url: string) => undefined),
    printToPdf: vi.fn(async (_sender: string, _options: unknown) => PDF_BYTES),
    backups: {
      write: vi.fn(async (request: WriteBackupRequest) => ({
        fileName: '2026-11-27T03-29-05-123Z.stakemap.json',
        createdAt: '2026-11-27T03:29:05.123Z',
        size: request.contents.length,
      })),
      list: vi.fn(async (): Promise<BackedUpMap[]> => []),
      read: vi.fn(async (_mapId: string, _fileName: string) => MAP_TEXT),
    },
    log: vi.fn(),
  };
  const deps: IpcDeps<string> = {
    ...mocks,
    fs: memory.fs,
    appInfo: { name: 'Stakemap', version: '0.1.0', platform: 'linux' },
    ...overrides,
  };
  return { handlers: createIpcHandlers(deps), deps: mocks, ...memory };
}

const saveRequest = {
  suggestedName: 'Programme.stakemap.json',
  contents: '{"format":"stakemap"}',
  filters: [{ name: 'Stakemap map', extensions: ['json'] }],
};

describe('registerIpc', () => {
  function registered() {
    const listeners = new Map<
      string,
      (event: InvokeEventLike<string>, payload: unknown) => Promise<unknown>
    >();
    const ipcMain: IpcMainLike<string> = {
      handle: (channel, listener) => listeners.set(channel, listener),
    };
    const context = setup();
    registerIpc(ipcMain, context.handlers);
    return { listeners, ...context };
  }

  it('registers exactly the channels of the contract', () => {
    expect([...registered().listeners.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a subframe of the app', { url: 'app://stakemap/index.html', parent: {} }],
    ['another app host', { url: 'app://evil/index.html', parent: null }],
    ['a destroyed frame', null],
  ])('rejects every channel when the sender is %s, before doing anything', async (_who, frame) => {
    const { listeners, deps } = registered();
    for (const channel of INVOKE_CHANNELS) {
      const listener = listeners.get(channel);
      await expect(
        listener?.({ senderFrame: frame, sender: 'window' }, saveRequest),
      ).rejects.toThrow(/did not come from the Stakemap window/);
    }
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
    expect(deps.openExternal).not.toHaveBeenCalled();
    expect(deps.printToPdf).not.toHaveBeenCalled();
    expect(deps.backups.write).not.toHaveBeenCalled();
    expect(deps.backups.list).not.toHaveBeenCalled();
    expect(deps.backups.read).not.toHaveBeenCalled();
  });

  it('passes a trusted call, and its sender for modal dialogs, to the handler', async () => {
    const { listeners, deps } = registered();
    const save = listeners.get('file:save');
    const response = await save?.(
      { senderFrame: TRUSTED_FRAME, sender: 'main-window' },
      saveRequest,
    );
    expect(response).toEqual({ ok: true, value: { status: 'saved', path: TARGET } });
    expect(deps.showSaveDialog.mock.calls[0]?.[0]).toBe('main-window');
    const info = await listeners.get('app:info')?.(
      { senderFrame: TRUSTED_FRAME, sender: 'w' },
      null,
    );
    expect(info).toEqual({ name: 'Stakemap', version: '0.1.0', platform: 'linux' });
  });
});

describe('payload validation', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'Programme.stakemap.json'],
    ['missing contents', { suggestedName: 'a.json', filters: [] }],
    ['contents that are not text', { ...saveRequest, contents: 42 }],
    ['an empty name', { ...saveRequest, suggestedName: '' }],
    [
      'a filter extension with a dot',
      { ...saveRequest, filters: [{ name: 'x', extensions: ['.json'] }] },
    ],
    ['an unexpected field', { ...saveRequest, path: '/etc/passwd' }],
  ])('file:save answers %s with an error, not an exception', async (_what, payload) => {
    const { handlers, deps } = setup();
    const response = await handlers['file:save'](payload, 'w');
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error).toMatch(/^Invalid request: /);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('says where the problem is', async () => {
    const { handlers } = setup();
    const response = await handlers['file:save'](
      { ...saveRequest, filters: [{ name: 'Maps', extensions: ['json', 'x.y'] }] },
      'w',
    );
    expect(response).toMatchObject({
      ok: false,
      error: expect.stringContaining('filters[0].extensions[1]'),
    });
  });

  it.each([undefined, null, { filters: 'json' }, { filters: [{ name: 'x' }] }])(
    'file:open answers %j with an error',
    async (payload) => {
      const { handlers, deps } = setup();
      const response = await handlers['file:open'](payload, 'w');
      expect(response.ok).toBe(false);
      expect(deps.showOpenDialog).not.toHaveBeenCalled();
    },
  );

  it.each([undefined, 'https://example.org', { url: 7 }, { url: '' }, { url: 'x'.repeat(3000) }])(
    'link:open answers %j with an error',
    async (payload) => {
      const { handlers, deps } = setup();
      const response = await handlers['link:open'](payload, 'w');
      expect(response.ok).toBe(false);
      expect(deps.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('file:save', () => {
  it('writes a temporary file in the same folder, flushes it, then renames it over the target', async () => {
    const { handlers, operations, files } = setup();
    const response = await handlers['file:save'](saveRequest, 'w');
    expect(response).toEqual({ ok: true, value: { status: 'saved', path: TARGET } });
    const [open, write, sync, close, rename] = operations;
    const temporary = open?.split(' ')[1] ?? '';
    expect(path.dirname(temporary)).toBe(FOLDER);
    expect(temporary).not.toBe(TARGET);
    expect(open).toBe(`open ${temporary} wx`);
    expect([write, sync, close, rename]).toEqual([
      `write ${temporary}`,
      `sync ${temporary}`,
      `close ${temporary}`,
      `rename ${temporary} -> ${TARGET}`,
    ]);
    expect(new TextDecoder().decode(files.get(TARGET))).toBe(saveRequest.contents);
    expect(files.has(temporary)).toBe(false);
  });

  it('leaves the existing file untouched and removes the temporary file when writing fails', async () => {
    const memory = memoryFileSystem();
    memory.files.set(TARGET, new TextEncoder().encode('old map'));
    const failing: IpcFileSystem = {
      ...memory.fs,
      async open(filePath, flags) {
        const file = await memory.fs.open(filePath, flags);
        return {
          ...file,
          async sync() {
            throw new Error('ENOSPC: no space left on device');
          },
        };
      },
    };
    const { handlers } = setup({ fs: failing });
    const response = await handlers['file:save'](saveRequest, 'w');
    expect(response).toEqual({ ok: false, error: expect.stringContaining('no space left') });
    expect(new TextDecoder().decode(memory.files.get(TARGET))).toBe('old map');
    expect([...memory.files.keys()]).toEqual([TARGET]);
    expect(memory.operations.some((operation) => operation.startsWith('rename'))).toBe(false);
  });

  it('suggests a safe file name, never a path the page chose', async () => {
    const { handlers, deps } = setup();
    await handlers['file:save'](
      { ...saveRequest, suggestedName: '../../.config/autostart/x.desktop' },
      'w',
    );
    const options = deps.showSaveDialog.mock.calls[0]?.[1];
    expect(options).toMatchObject({ defaultPath: '-..-.config-autostart-x.desktop' });
    expect(options).toMatchObject({ filters: saveRequest.filters });
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const { handlers, operations } = setup({
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    });
    expect(await handlers['file:save'](saveRequest, 'w')).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(operations).toEqual([]);
  });

  it('refuses contents over the size limit before asking where to save', async () => {
    const { handlers, deps } = setup();
    // Within the character limit but over the byte limit once encoded as UTF-8.
    const contents = '\u00e9'.repeat(MAX_FILE_BYTES / 2 + 1);
    const response = await handlers['file:save']({ ...saveRequest, contents }, 'w');
    expect(response).toEqual({ ok: false, error: expect.stringContaining('100.0 MB') });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('file:printToPdf', () => {
  const PDF_TARGET = path.join(FOLDER, 'Programme meeting pack.pdf');
  const pdfRequest = { suggestedName: 'Programme meeting pack.pdf' };

  function pdfSetup(overrides: Partial<IpcDeps<string>> = {}) {
    const context = setup(overrides);
    context.deps.showSaveDialog.mockResolvedValue({ canceled: false, filePath: PDF_TARGET });
    return context;
  }

  it('asks where to save a PDF, prints the asking window on A4 with backgrounds, and writes it atomically', async () => {
    const { handlers, deps, files, operations } = pdfSetup();
    const response = await handlers['file:printToPdf'](pdfRequest, 'main-window');
    expect(response).toEqual({ ok: true, value: { status: 'saved', path: PDF_TARGET } });
    expect(deps.showSaveDialog).toHaveBeenCalledExactlyOnceWith('main-window', {
      title: 'Export meeting pack',
      defaultPath: 'Programme meeting pack.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(deps.printToPdf).toHaveBeenCalledExactlyOnceWith('main-window', {
      pageSize: 'A4',
      printBackground: true,
    });
    expect(files.get(PDF_TARGET)).toEqual(PDF_BYTES);
    const rename = operations.at(-1) ?? '';
    expect(rename).toMatch(/^rename .*\.tmp -> /);
    expect(rename.endsWith(` -> ${PDF_TARGET}`)).toBe(true);
  });

  it.each([
    ['a map name with a folder in it', '../../.config/autostart/x', '-..-.config-autostart-x.pdf'],
    ['a name that is not a PDF', 'Programme.desktop', 'Programme.desktop.pdf'],
    ['a name ending in .PDF', 'Programme.PDF', 'Programme.PDF'],
  ])('suggests a safe PDF name for %s', async (_what, suggestedName, defaultPath) => {
    const { handlers, deps } = pdfSetup();
    await handlers['file:printToPdf']({ suggestedName }, 'w');
    expect(deps.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath });
  });

  it.each([
    ['nothing', undefined],
    ['a bare string', 'pack.pdf'],
    ['an empty name', { suggestedName: '' }],
    ['a name that is not text', { suggestedName: 42 }],
    ['a name too long for any disk', { suggestedName: 'x'.repeat(256) }],
    ['page options the page should not choose', { ...pdfRequest, pageSize: 'A0' }],
    ['contents of its own', { ...pdfRequest, contents: '%PDF-1.4' }],
  ])('answers %s with an error and neither asks nor prints', async (_what, payload) => {
    const { handlers, deps, operations } = pdfSetup();
    const response = await handlers['file:printToPdf'](payload, 'w');
    expect(response).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid request: /),
    });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.printToPdf).not.toHaveBeenCalled();
    expect(operations).toEqual([]);
  });

  it('prints nothing and writes nothing when the user cancels the save dialog', async () => {
    const { handlers, deps, operations } = setup({
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    });
    expect(await handlers['file:printToPdf'](pdfRequest, 'w')).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(deps.printToPdf).not.toHaveBeenCalled();
    expect(operations).toEqual([]);
  });

  it('says the PDF could not be made, and writes nothing, when printing fails', async () => {
    const { handlers, deps, operations } = pdfSetup();
    deps.printToPdf.mockRejectedValue(new Error('Printing failed'));
    const response = await handlers['file:printToPdf'](pdfRequest, 'w');
    expect(response).toEqual({
      ok: false,
      error: 'Could not make the PDF: Printing failed. Nothing was saved.',
    });
    expect(operations).toEqual([]);
    expect(deps.log).toHaveBeenCalled();
  });

  it('leaves the old file as it was when writing the PDF fails', async () => {
    const memory = memoryFileSystem();
    memory.files.set(PDF_TARGET, new TextEncoder().encode('last week'));
    const { handlers } = pdfSetup({
      fs: {
        ...memory.fs,
        async rename() {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      },
    });
    const response = await handlers['file:printToPdf'](pdfRequest, 'w');
    expect(response).toEqual({ ok: false, error: expect.stringContaining('no space left') });
    expect(new TextDecoder().decode(memory.files.get(PDF_TARGET))).toBe('last week');
    expect([...memory.files.keys()]).toEqual([PDF_TARGET]);
  });

  it('refuses a PDF over the size limit without writing it', async () => {
    const { handlers, deps, operations } = pdfSetup();
    deps.printToPdf.mockResolvedValue(new Uint8Array(MAX_FILE_BYTES + 1));
    const response = await handlers['file:printToPdf'](pdfRequest, 'w');
    expect(response).toEqual({ ok: false, error: expect.stringContaining('Show fewer nodes') });
    expect(operations).toEqual([]);
  });

  it('is refused from a window that is not the app, before any dialog or printing', async () => {
    const listeners = new Map<
      string,
      (event: InvokeEventLike<string>, payload: unknown) => Promise<unknown>
    >();
    const { handlers, deps } = pdfSetup();
    registerIpc({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
    const print = listeners.get('file:printToPdf');
    await expect(
      print?.(
        { senderFrame: { url: 'https://evil.example/', parent: null }, sender: 'w' },
        pdfRequest,
      ),
    ).rejects.toThrow(/did not come from the Stakemap window/);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.printToPdf).not.toHaveBeenCalled();
    await expect(
      print?.({ senderFrame: TRUSTED_FRAME, sender: 'w' }, pdfRequest),
    ).resolves.toMatchObject({ ok: true });
  });
});

describe('writeFileAtomically', () => {
  it('never reuses an existing temporary name', async () => {
    const memory = memoryFileSystem();
    await writeFileAtomically(memory.fs, TARGET, 'one');
    await writeFileAtomically(memory.fs, TARGET, 'two');
    const temporaries = memory.operations
      .filter((operation) => operation.startsWith('open'))
      .map((operation) => operation.split(' ')[1]);
    expect(new Set(temporaries).size).toBe(2);
    expect(new TextDecoder().decode(memory.files.get(TARGET))).toBe('two');
  });
});

describe('file:open', () => {
  const openRequest = { filters: [{ name: 'Stakemap map', extensions: ['json'] }] };

  function withFile(bytes: Uint8Array, reportedSize?: number) {
    const context = setup();
    context.files.set(TARGET, bytes);
    if (reportedSize !== undefined) context.sizes.set(TARGET, reportedSize);
    return context;
  }

  it('reads UTF-8 text and names the file', async () => {
    const { handlers, deps } = withFile(new TextEncoder().encode('{"n":"Zoë"}'));
    expect(await handlers['file:open'](openRequest, 'w')).toEqual({
      ok: true,
      value: { status: 'opened', name: 'Programme.stakemap.json', contents: '{"n":"Zoë"}' },
    });
    expect(deps.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      filters: openRequest.filters,
      properties: ['openFile'],
    });
  });

  it('strips a byte-order mark', async () => {
    const { handlers } = withFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]));
    expect(await handlers['file:open'](openRequest, 'w')).toMatchObject({
      ok: true,
      value: { contents: '{}' },
    });
  });

  it.each([
    ['Latin-1', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])],
    ['a truncated sequence', new Uint8Array([0x7b, 0xe2, 0x82])],
  ])('refuses %s with a clear message', async (_what, bytes) => {
    const { handlers } = withFile(bytes);
    expect(await handlers['file:open'](openRequest, 'w')).toEqual({
      ok: false,
      error: expect.stringContaining('The file is not UTF-8 text'),
    });
  });

  it('refuses a file over 100 MB without reading it', async () => {
    const { handlers, operations } = withFile(new Uint8Array(1), MAX_FILE_BYTES + 1);
    const response = await handlers['file:open'](openRequest, 'w');
    expect(response).toEqual({ ok: false, error: expect.stringContaining('up to 100.0 MB') });
    expect(operations.some((operation) => operation.startsWith('read'))).toBe(false);
  });

  it('opens a file of exactly 100 MB', async () => {
    const { handlers } = withFile(new TextEncoder().encode('{}'), MAX_FILE_BYTES);
    expect((await handlers['file:open'](openRequest, 'w')).ok).toBe(true);
  });

  it('reports a cancelled dialog', async () => {
    const { handlers } = setup({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }) });
    expect(await handlers['file:open'](openRequest, 'w')).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
  });

  it('turns a file system failure into an error result', async () => {
    const { handlers } = setup();
    expect(await handlers['file:open'](openRequest, 'w')).toEqual({
      ok: false,
      error: expect.stringContaining('ENOENT'),
    });
  });
});

describe('link:open', () => {
  it('hands web and mail links to the system', async () => {
    const { handlers, deps } = setup();
    expect(await handlers['link:open']({ url: 'https://www.gov.uk/' }, 'w')).toEqual({
      ok: true,
      value: null,
    });
    expect(await handlers['link:open']({ url: 'mailto:a@example.org' }, 'w')).toEqual({
      ok: true,
      value: null,
    });
    expect(deps.openExternal.mock.calls).toEqual([
      ['https://www.gov.uk/'],
      ['mailto:a@example.org'],
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://user:pass@example.org/',
    'smb://host/share',
  ])('refuses %s', async (url) => {
    const { handlers, deps } = setup();
    const response = await handlers['link:open']({ url }, 'w');
    expect(response).toEqual({ ok: false, error: expect.stringContaining('only opens web') });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('reports a system that cannot open the link', async () => {
    const { handlers } = setup({
      openExternal: async () => {
        throw new Error('No application is registered');
      },
    });
    expect(await handlers['link:open']({ url: 'https://example.org/' }, 'w')).toEqual({
      ok: false,
      error: expect.stringContaining('No application is registered'),
    });
  });
});

describe('app:info', () => {
  it('answers name, version and platform, whatever was sent', async () => {
    const { handlers } = setup();
    expect(await handlers['app:info']({ hostile: true }, 'w')).toEqual({
      name: 'Stakemap',
      version: '0.1.0',
      platform: 'linux',
    });
  });
});

describe('file:save with bytes (PNG, PDF)', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);

  it('writes exactly the bytes it was given, atomically', async () => {
    const { handlers, files, operations } = setup();
    const response = await handlers['file:save']({ ...saveRequest, contents: png }, 'w');
    expect(response).toEqual({ ok: true, value: { status: 'saved', path: TARGET } });
    expect([...(files.get(TARGET) ?? [])]).toEqual([...png]);
    expect(operations.some((operation) => operation.startsWith('rename '))).toBe(true);
  });

  it.each([
    ['an array of numbers', [137, 80, 78, 71]],
    ['an ArrayBuffer', new ArrayBuffer(4)],
    ['a DataView', new DataView(new ArrayBuffer(4))],
    ['an object pretending to be bytes', { byteLength: 4, 0: 137 }],
  ])('refuses %s as contents', async (_what, contents) => {
    const { handlers, deps } = setup();
    const response = await handlers['file:save']({ ...saveRequest, contents }, 'w');
    expect(response.ok).toBe(false);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses bytes over the size limit before asking where to save', async () => {
    const { handlers, deps } = setup();
    const response = await handlers['file:save'](
      { ...saveRequest, contents: new Uint8Array(MAX_FILE_BYTES + 1) },
      'w',
    );
    expect(response.ok).toBe(false);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('backup:write', () => {
  const request: WriteBackupRequest = {
    mapId: '0b6f3a52-7c1e-4f7a-9a55-2d7f3c1e9b10',
    mapName: 'Programme',
    mapUpdatedAt: '2026-11-27T03:00:00.000Z',
    contents: MAP_TEXT,
  };

  it('hands a valid map to the backup store and answers what it wrote', async () => {
    const { handlers, deps } = setup();
    const response = await handlers['backup:write'](request, 'w');
    expect(response).toEqual({
      ok: true,
      value: {
        fileName: '2026-11-27T03-29-05-123Z.stakemap.json',
        createdAt: '2026-11-27T03:29:05.123Z',
        size: MAP_TEXT.length,
      },
    });
    expect(deps.backups.write).toHaveBeenCalledExactlyOnceWith(request);
  });

  it.each([
    ['an empty file', ''],
    ['a zero-filled file', '\0'.repeat(4096)],
    ['text that is not JSON', 'not json'],
    ['JSON that is not a map', '{"format":"something-else"}'],
  ])('refuses %s, so a good backup is never rotated out by a broken one', async (_what, text) => {
    const { handlers, deps } = setup();
    const response = await handlers['backup:write']({ ...request, contents: text }, 'w');
    expect(response.ok).toBe(false);
    expect(deps.backups.write).not.toHaveBeenCalled();
  });

  it.each([
    ['a map id with a path', { ...request, mapId: '../../etc' }],
    ['a map id with a separator', { ...request, mapId: 'a/b' }],
    ['a map id with a dot', { ...request, mapId: '..' }],
    ['no map id', { ...request, mapId: '' }],
    ['an unexpected field', { ...request, folder: '/tmp' }],
    ['contents that are bytes', { ...request, contents: new Uint8Array(3) }],
  ])('refuses %s before touching the disk', async (_what, payload) => {
    const { handlers, deps } = setup();
    const response = await handlers['backup:write'](payload, 'w');
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error).toMatch(/^Invalid request: /);
    expect(deps.backups.write).not.toHaveBeenCalled();
  });

  it('turns a disk failure into an error result and logs it', async () => {
    const { handlers, deps } = setup();
    deps.backups.write.mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    const response = await handlers['backup:write'](request, 'w');
    expect(response).toEqual({
      ok: false,
      error: 'Could not write the backup: ENOSPC: no space left on device',
    });
    expect(deps.log).toHaveBeenCalled();
  });
});

describe('backup:list and backup:read', () => {
  it('lists what the store has, whatever payload came with the call', async () => {
    const { handlers, deps } = setup();
    const listed: BackedUpMap[] = [
      {
        mapId: 'm1',
        mapName: 'Programme',
        mapUpdatedAt: '2026-11-27T03:00:00.000Z',
        backups: [
          {
            fileName: '2026-11-27T03-29-05-123Z.stakemap.json',
            createdAt: '2026-11-27T03:29:05.123Z',
            size: 10,
          },
        ],
      },
    ];
    deps.backups.list.mockResolvedValueOnce(listed);
    await expect(handlers['backup:list']({ anything: true }, 'w')).resolves.toEqual({
      ok: true,
      value: listed,
    });
  });

  it('reads a backup by map id and file name', async () => {
    const { handlers, deps } = setup();
    const response = await handlers['backup:read'](
      { mapId: 'm1', fileName: '2026-11-27T03-29-05-123Z.stakemap.json' },
      'w',
    );
    expect(response).toEqual({ ok: true, value: { contents: MAP_TEXT } });
    expect(deps.backups.read).toHaveBeenCalledWith('m1', '2026-11-27T03-29-05-123Z.stakemap.json');
  });

  it.each([
    ['a path instead of a name', { mapId: 'm1', fileName: '../../../.ssh/id_rsa' }],
    ['the map info file', { mapId: 'm1', fileName: 'map.json' }],
    ['a temporary file', { mapId: 'm1', fileName: '.x.stakemap.json.0a1b.tmp' }],
    ['an absolute path', { mapId: 'm1', fileName: '/etc/passwd' }],
    ['a map id that climbs', { mapId: '..', fileName: '2026-11-27T03-29-05-123Z.stakemap.json' }],
  ])('refuses %s', async (_what, payload) => {
    const { handlers, deps } = setup();
    const response = await handlers['backup:read'](payload, 'w');
    expect(response.ok).toBe(false);
    expect(deps.backups.read).not.toHaveBeenCalled();
  });
});
