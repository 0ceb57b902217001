// Named snapshots of a map, kept in IndexedDB beside it: take one ("before the February
// workshop"), list them, delete one (renderer/commands/restoreCommands.ts restores them). A
// snapshot stores the map's .stakemap.json text, so restoring reads it back through the file
// parser and its migrations.

import { useLiveQuery } from 'dexie-react-hooks';
import { err, ok, type Result } from '@shared/result';
import { db, type MapSnapshot } from './db';
import { newId, nowTimestamp } from './ids';
import { recordsOfMap } from './mapRange';
import { trackWrite } from './saveStatus';

export type { MapSnapshot } from './db';

export const MAX_SNAPSHOT_NAME_LENGTH = 200;

export function cleanSnapshotName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, MAX_SNAPSHOT_NAME_LENGTH);
}

export async function createSnapshot(
  mapId: string,
  name: string,
  appVersion: string,
): Promise<Result<MapSnapshot, string>> {
  const cleaned = cleanSnapshotName(name);
  if (cleaned === '') return err('Give the snapshot a name, such as “before the workshop”.');
  // The file format's code loads with the first snapshot, not with the map list that offers it.
  const { exportStakemapText } = await import('./mapFiles');
  const exported = await exportStakemapText(mapId, appVersion);
  if (!exported.ok) return exported;
  const snapshot: MapSnapshot = {
    mapId,
    id: newId(),
    name: cleaned,
    createdAt: nowTimestamp(),
    text: exported.value.text,
  };
  await trackWrite(() => db.snapshots.add(snapshot));
  return ok(snapshot);
}

/** A map's snapshots, newest first; undefined while loading. */
export function useSnapshots(mapId: string): MapSnapshot[] | undefined {
  return useLiveQuery(async () => {
    const snapshots = await recordsOfMap(db.snapshots, mapId).toArray();
    return snapshots.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [mapId]);
}

/** The name a restored snapshot gets: "<map> — <snapshot>". */
export function restoredSnapshotName(mapName: string, snapshotName: string): string {
  return `${mapName} — ${snapshotName}`;
}

export async function deleteSnapshot(snapshot: Pick<MapSnapshot, 'mapId' | 'id'>): Promise<void> {
  await trackWrite(() => db.snapshots.delete([snapshot.mapId, snapshot.id]));
}
