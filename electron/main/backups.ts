// The desktop's backups: every changed map's .stakemap.json text, written by the main process to
// <userData>/backups/<mapId>/<time>.stakemap.json, atomically, then rotated (backupRotation.ts).
// Each map folder also holds map.json with the map's latest name, so a deleted map's backups are
// still listed by name. The file system is injected; requests are validated in ipc.ts.

import path from 'node:path';
import { MAP_ID_PATTERN } from '@shared/ipc/validation';
import type { BackedUpMap, BackupFile, WriteBackupRequest } from '@shared/ipc/contract';
import { realSleep, writeFileAtomically, type AtomicFileSystem, type Sleep } from './atomicFile';
import { backupDateOf, backupFileNameFor, backupsToDelete } from './backupRotation';

export interface BackupFileSystem extends AtomicFileSystem {
  mkdir(folder: string, options: { recursive: true }): Promise<unknown>;
  readdir(folder: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export interface BackupStoreDeps {
  /** <userData>/backups */
  folder: string;
  fs: BackupFileSystem;
  now(): Date;
  sleep?: Sleep;
  log(message: string, error?: unknown): void;
}

export interface BackupStore {
  write(request: WriteBackupRequest): Promise<BackupFile>;
  list(): Promise<BackedUpMap[]>;
  read(mapId: string, fileName: string): Promise<string>;
}

/** The per-map file holding the map's latest name; never a backup name, so never rotated away. */
export const MAP_INFO_FILE = 'map.json';

interface MapInfo {
  mapName: string;
  mapUpdatedAt: string;
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function readMapInfo(text: string): MapInfo | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const mapName: unknown = Reflect.get(parsed, 'mapName');
    const mapUpdatedAt: unknown = Reflect.get(parsed, 'mapUpdatedAt');
    if (typeof mapName !== 'string' || typeof mapUpdatedAt !== 'string') return null;
    return { mapName, mapUpdatedAt };
  } catch {
    return null;
  }
}

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { fs, folder } = deps;
  const sleep = deps.sleep ?? realSleep;
  // One write per map at a time, so two quick backups cannot rotate each other's files away.
  const queues = new Map<string, Promise<unknown>>();

  const mapFolder = (mapId: string): string => {
    // Checked again here (ipc.ts validates first): a map id is one safe path segment.
    if (!MAP_ID_PATTERN.test(mapId)) throw new Error('Not a map id');
    return path.join(folder, mapId);
  };

  const readdirOrEmpty = async (dir: string): Promise<string[]> => {
    try {
      return await fs.readdir(dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  };

  const writeNow = async (request: WriteBackupRequest): Promise<BackupFile> => {
    const dir = mapFolder(request.mapId);
    await fs.mkdir(dir, { recursive: true });
    // Two backups within one millisecond get distinct names rather than replacing each other.
    const existing = new Set(await readdirOrEmpty(dir));
    let createdAt = deps.now();
    while (existing.has(backupFileNameFor(createdAt))) {
      createdAt = new Date(createdAt.getTime() + 1);
    }
    const fileName = backupFileNameFor(createdAt);
    await writeFileAtomically(fs, path.join(dir, fileName), request.contents, sleep);
    const info: MapInfo = { mapName: request.mapName, mapUpdatedAt: request.mapUpdatedAt };
    await writeFileAtomically(fs, path.join(dir, MAP_INFO_FILE), JSON.stringify(info), sleep);
    const doomed = backupsToDelete(await readdirOrEmpty(dir), createdAt);
    for (const old of doomed) {
      // A file that cannot be removed now is removed at the next rotation; the backup stands.
      await fs.rm(path.join(dir, old), { force: true }).catch((error: unknown) => {
        deps.log(`Could not remove the old backup ${old}`, error);
      });
    }
    const size = new TextEncoder().encode(request.contents).byteLength;
    return { fileName, createdAt: createdAt.toISOString(), size };
  };

  const listMap = async (mapId: string): Promise<BackedUpMap | null> => {
    const dir = mapFolder(mapId);
    const names = await readdirOrEmpty(dir);
    const backups: BackupFile[] = [];
    for (const fileName of names) {
      const date = backupDateOf(fileName);
      if (date === null) continue;
      try {
        const info = await fs.stat(path.join(dir, fileName));
        if (info.isFile())
          backups.push({ fileName, createdAt: date.toISOString(), size: info.size });
      } catch (error) {
        // Rotated away between readdir and stat by a write in flight: simply not listed.
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    }
    if (backups.length === 0) return null;
    backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    let info: MapInfo | null = null;
    try {
      info = readMapInfo(decode(await fs.readFile(path.join(dir, MAP_INFO_FILE))));
    } catch (error) {
      deps.log(`Backups of ${mapId} have no readable ${MAP_INFO_FILE}`, error);
    }
    return {
      mapId,
      mapName: info?.mapName || 'Unnamed map',
      mapUpdatedAt: info?.mapUpdatedAt ?? '',
      backups,
    };
  };

  return {
    write(request) {
      const previous = queues.get(request.mapId) ?? Promise.resolve();
      const next = previous.catch(() => undefined).then(() => writeNow(request));
      queues.set(request.mapId, next);
      const forget = () => {
        if (queues.get(request.mapId) === next) queues.delete(request.mapId);
      };
      next.then(forget, forget);
      return next;
    },

    async list() {
      const maps: BackedUpMap[] = [];
      for (const mapId of await readdirOrEmpty(folder)) {
        if (!MAP_ID_PATTERN.test(mapId)) continue;
        const entry = await listMap(mapId);
        if (entry) maps.push(entry);
      }
      const newest = (map: BackedUpMap) => map.backups[0]?.createdAt ?? '';
      return maps.sort((a, b) => newest(b).localeCompare(newest(a)));
    },

    async read(mapId, fileName) {
      if (backupDateOf(fileName) === null) throw new Error('Not a backup file name');
      return decode(await fs.readFile(path.join(mapFolder(mapId), fileName)));
    },
  };
}
