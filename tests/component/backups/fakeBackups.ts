// An in-memory stand-in for the desktop's backups (the main process's backup:* channels).

import { vi } from 'vitest';
import type { BackedUpMap, WriteBackupRequest } from '@shared/ipc/contract';
import type { HostBackups } from '../../../renderer/platform/host';
import { recordingHost, type RecordingHost } from '../renderWithHost';

export interface FakeBackups extends HostBackups {
  written: WriteBackupRequest[];
  maps: BackedUpMap[];
  files: Map<string, string>;
}

export function fakeBackups(): FakeBackups {
  const fake: FakeBackups = {
    written: [],
    maps: [],
    files: new Map(),
    write: vi.fn(async (request: WriteBackupRequest) => {
      fake.written.push(request);
      return { fileName: `b${fake.written.length}`, createdAt: new Date().toISOString(), size: 1 };
    }),
    list: vi.fn(async () => fake.maps),
    read: vi.fn(async ({ mapId, fileName }) => {
      const text = fake.files.get(`${mapId}/${fileName}`);
      if (text === undefined) throw new Error('ENOENT: no such backup');
      return text;
    }),
  };
  return fake;
}

export function desktopHost(backups: HostBackups): RecordingHost {
  return Object.assign(recordingHost(), { kind: 'desktop' as const, backups });
}
