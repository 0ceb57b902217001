import {
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
  mkdir,
  open,
  rename,
  stat,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WriteBackupRequest } from '@shared/ipc/contract';
import { KEEP_LATEST } from '../../electron/main/backupRotation';
import {
  MAP_INFO_FILE,
  createBackupStore,
  type BackupFileSystem,
} from '../../electron/main/backups';

// The store on the real file system, in a temporary folder: what lands on disk is what a user
// would find in <userData>/backups.

const MAP_ID = '0b6f3a52-7c1e-4f7a-9a55-2d7f3c1e9b10';
let folder: string;
let clock: number;

const realFs: BackupFileSystem = { open, rename, rm, stat, readFile, mkdir, readdir };

function store(fs: BackupFileSystem = realFs) {
  const log = vi.fn();
  return {
    log,
    backups: createBackupStore({
      folder,
      fs,
      now: () => new Date(clock),
      sleep: async () => undefined,
      log,
    }),
  };
}

function request(overrides: Partial<WriteBackupRequest> = {}): WriteBackupRequest {
  return {
    mapId: MAP_ID,
    mapName: 'Local Public Data Panel',
    mapUpdatedAt: new Date(clock).toISOString(),
    contents: `{"format":"stakemap","n":${clock}}`,
    ...overrides,
  };
}

beforeEach(async () => {
  folder = path.join(await mkdtemp(path.join(tmpdir(), 'stakemap-backups-')), 'backups');
  clock = Date.parse('2026-11-27T09:00:00.000Z');
});

afterEach(async () => {
  await rm(path.dirname(folder), { recursive: true, force: true });
});

describe('the backup store', () => {
  it('writes the map into its own folder under a dated name, and says what it wrote', async () => {
    const { backups } = store();
    const written = await backups.write(request({ contents: '{"héllo":1}' }));
    expect(written).toEqual({
      fileName: '2026-11-27T09-00-00-000Z.stakemap.json',
      createdAt: '2026-11-27T09:00:00.000Z',
      size: Buffer.byteLength('{"héllo":1}'),
    });
    const onDisk = await readFile(path.join(folder, MAP_ID, written.fileName), 'utf8');
    expect(onDisk).toBe('{"héllo":1}');
    // Only the backup and the map's info: no temporary file is left behind.
    expect((await readdir(path.join(folder, MAP_ID))).sort()).toEqual(
      [written.fileName, MAP_INFO_FILE].sort(),
    );
  });

  it('lists maps, newest backup first, with date, size and the map’s latest name', async () => {
    const { backups } = store();
    await backups.write(request({ contents: 'first' }));
    clock += 60_000;
    await backups.write(request({ contents: 'second, longer', mapName: 'Renamed panel' }));
    clock += 60_000;
    await backups.write(request({ mapId: 'other-map', mapName: 'Other', contents: 'x' }));

    const listed = await backups.list();
    expect(listed.map((map) => map.mapName)).toEqual(['Other', 'Renamed panel']);
    const panel = listed[1];
    expect(panel?.mapId).toBe(MAP_ID);
    expect(panel?.backups).toEqual([
      {
        fileName: '2026-11-27T09-01-00-000Z.stakemap.json',
        createdAt: '2026-11-27T09:01:00.000Z',
        size: 14,
      },
      {
        fileName: '2026-11-27T09-00-00-000Z.stakemap.json',
        createdAt: '2026-11-27T09:00:00.000Z',
        size: 5,
      },
    ]);
    expect(panel?.mapUpdatedAt).toBe('2026-11-27T09:01:00.000Z');
  });

  it('reads a backup back exactly', async () => {
    const { backups } = store();
    const written = await backups.write(request({ contents: '{"a":"ü"}' }));
    await expect(backups.read(MAP_ID, written.fileName)).resolves.toBe('{"a":"ü"}');
  });

  it('lists nothing, without failing, before the first backup', async () => {
    await expect(store().backups.list()).resolves.toEqual([]);
  });

  it(`rotates: after a busy day the newest ${KEEP_LATEST} remain`, async () => {
    const { backups } = store();
    for (let i = 0; i < KEEP_LATEST + 5; i += 1) {
      await backups.write(request());
      clock += 60_000;
    }
    const [map] = await backups.list();
    expect(map?.backups).toHaveLength(KEEP_LATEST);
    expect(map?.backups[0]?.createdAt).toBe(new Date(clock - 60_000).toISOString());
  });

  it('keeps yesterday’s last backup when today’s fill the newest ten', async () => {
    const { backups } = store();
    await backups.write(request({ contents: 'end of yesterday' }));
    clock += 24 * 60 * 60 * 1000;
    for (let i = 0; i < KEEP_LATEST + 3; i += 1) {
      await backups.write(request());
      clock += 60_000;
    }
    const [map] = await backups.list();
    expect(map?.backups).toHaveLength(KEEP_LATEST + 1);
    expect(map?.backups.at(-1)?.createdAt).toBe('2026-11-27T09:00:00.000Z');
  });

  it('never touches files in the folder that are not its backups', async () => {
    const { backups } = store();
    await mkdir(path.join(folder, MAP_ID), { recursive: true });
    await writeFile(path.join(folder, MAP_ID, 'my notes.txt'), 'keep me');
    for (let i = 0; i < KEEP_LATEST + 2; i += 1) {
      await backups.write(request());
      clock += 1000;
    }
    await expect(readFile(path.join(folder, MAP_ID, 'my notes.txt'), 'utf8')).resolves.toBe(
      'keep me',
    );
  });

  it('runs two writes of the same map one after the other', async () => {
    const { backups } = store();
    const first = backups.write(request({ contents: 'one' }));
    clock += 1;
    const second = backups.write(request({ contents: 'two' }));
    const [a, b] = await Promise.all([first, second]);
    expect(a.fileName).not.toBe(b.fileName);
    const [map] = await backups.list();
    expect(map?.backups).toHaveLength(2);
  });

  it('refuses a map id or file name that would leave the backups folder', async () => {
    const { backups } = store();
    await expect(backups.write(request({ mapId: '../outside' }))).rejects.toThrow(/map id/);
    await expect(backups.read(MAP_ID, '../../secret')).rejects.toThrow(/backup file name/);
    await expect(backups.read('..', '2026-11-27T09-00-00-000Z.stakemap.json')).rejects.toThrow();
  });

  it('still lists a map whose info file is missing, as an unnamed map', async () => {
    const { backups, log } = store();
    const written = await backups.write(request());
    await rm(path.join(folder, MAP_ID, MAP_INFO_FILE));
    const [map] = await backups.list();
    expect(map?.mapName).toBe('Unnamed map');
    expect(map?.backups[0]?.fileName).toBe(written.fileName);
    expect(log).toHaveBeenCalled();
  });

  it('retries a rename Windows refuses for a moment, and the backup lands', async () => {
    let refusals = 2;
    const fs: BackupFileSystem = {
      ...realFs,
      rename: async (from, to) => {
        if (refusals > 0) {
          refusals -= 1;
          throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
        }
        await rename(from, to);
      },
    };
    const { backups } = store(fs);
    const written = await backups.write(request({ contents: 'made it' }));
    await expect(backups.read(MAP_ID, written.fileName)).resolves.toBe('made it');
  });

  it('leaves earlier backups intact when writing a new one fails', async () => {
    const { backups } = store();
    const good = await backups.write(request({ contents: 'good' }));
    clock += 1000;
    const failingFs: BackupFileSystem = {
      ...realFs,
      open: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(store(failingFs).backups.write(request())).rejects.toThrow(/ENOSPC/);
    await expect(backups.read(MAP_ID, good.fileName)).resolves.toBe('good');
    expect((await backups.list())[0]?.backups).toHaveLength(1);
  });
});
