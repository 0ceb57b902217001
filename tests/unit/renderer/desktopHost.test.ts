// The desktop host turns the preload's Result answers into values or readable errors, and passes
// bytes through to file:save untouched.

import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '@shared/ipc/contract';
import { createDesktopHost } from '../../../renderer/platform/desktopHost';

function fakeApi(overrides: Partial<DesktopApi> = {}): DesktopApi {
  return {
    saveFile: vi.fn(async () => ({
      ok: true as const,
      value: { status: 'saved' as const, path: '/x' },
    })),
    openFile: vi.fn(async () => ({ ok: true as const, value: { status: 'cancelled' as const } })),
    printToPdf: vi.fn(async () => ({
      ok: true as const,
      value: { status: 'saved' as const, path: '/home/comms/pack.pdf' },
    })),
    openExternal: vi.fn(async () => ({ ok: true as const, value: null })),
    appInfo: vi.fn(async () => ({ name: 'Stakemap', version: '0.1.0', platform: 'linux' })),
    writeBackup: vi.fn(async () => ({
      ok: true as const,
      value: { fileName: 'f', createdAt: '2026-11-27T00:00:00.000Z', size: 3 },
    })),
    listBackups: vi.fn(async () => ({ ok: true as const, value: [] })),
    readBackup: vi.fn(async () => ({ ok: true as const, value: { contents: '{}' } })),
    onMenuCommand: vi.fn(() => () => undefined),
    ...overrides,
  };
}

const PNG = { description: 'PNG image', extensions: ['png'], mimeType: 'image/png' };

describe('the desktop host', () => {
  it('saves bytes as bytes', async () => {
    const api = fakeApi();
    const bytes = new Uint8Array([137, 80, 78, 71]);
    await expect(createDesktopHost(api).saveFile('map.png', bytes, PNG)).resolves.toEqual({
      status: 'saved',
      where: '/x',
    });
    expect(api.saveFile).toHaveBeenCalledWith({
      suggestedName: 'map.png',
      contents: bytes,
      filters: [{ name: 'PNG image', extensions: ['png'] }],
    });
  });

  it('prints to a PDF through file:printToPdf and says where it went', async () => {
    const api = fakeApi();
    await expect(createDesktopHost(api).printPage('Programme meeting pack.pdf')).resolves.toEqual({
      status: 'saved',
      where: '/home/comms/pack.pdf',
    });
    expect(api.printToPdf).toHaveBeenCalledWith({ suggestedName: 'Programme meeting pack.pdf' });
  });

  it('turns a failed print into an error with the main process’s words', async () => {
    const host = createDesktopHost(
      fakeApi({
        printToPdf: vi.fn(async () => ({
          ok: false as const,
          error: 'Could not make the PDF: Printing failed. Nothing was saved.',
        })),
      }),
    );
    await expect(host.printPage('x.pdf')).rejects.toThrow('Could not make the PDF');
  });

  it('offers backups, answering values', async () => {
    const host = createDesktopHost(fakeApi());
    expect(host.backups).toBeDefined();
    await expect(host.backups?.list()).resolves.toEqual([]);
    await expect(host.backups?.read({ mapId: 'm', fileName: 'f' })).resolves.toBe('{}');
    await expect(
      host.backups?.write({ mapId: 'm', mapName: 'M', mapUpdatedAt: '', contents: '{}' }),
    ).resolves.toMatchObject({ size: 3 });
  });

  it('turns a refused backup call into an error with the main process’s words', async () => {
    const host = createDesktopHost(
      fakeApi({
        listBackups: vi.fn(async () => ({ ok: false as const, error: 'Disk unreadable' })),
      }),
    );
    await expect(host.backups?.list()).rejects.toThrow('Disk unreadable');
  });
});
