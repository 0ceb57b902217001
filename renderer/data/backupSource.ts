// What the desktop backups read from IndexedDB: each map's version (a live query, so a change in
// any window is seen) and one map's backup payload, its .stakemap.json text.

import { useLiveQuery } from 'dexie-react-hooks';
import type { WriteBackupRequest } from '@shared/ipc/contract';
import type { MapVersion } from './backupScheduler';
import { db, mapContentTables } from './db';

/** Every map's id and updatedAt; undefined while loading. */
export function useMapVersions(): MapVersion[] | undefined {
  return useLiveQuery(async () => {
    const maps = await db.maps.toArray();
    return maps.map((map) => ({ id: map.id, updatedAt: map.updatedAt }));
  }, []);
}

/** The backup of one map as it is now; null when the map has been deleted meanwhile. */
export async function backupPayloadFor(
  mapId: string,
  appVersion: string,
): Promise<WriteBackupRequest | null> {
  // The file format's code loads with the first backup, not at start-up; before the transaction,
  // which would commit while the chunk was fetched.
  const { exportStakemapText } = await import('./mapFiles');
  // One read transaction, so the name and version describe exactly the text written.
  return db.transaction('r', [db.maps, ...mapContentTables(db)], async () => {
    const map = await db.maps.get(mapId);
    if (!map) return null;
    const exported = await exportStakemapText(mapId, appVersion);
    if (!exported.ok) return null;
    return {
      mapId,
      mapName: map.name,
      mapUpdatedAt: map.updatedAt,
      contents: exported.value.text,
    };
  });
}
