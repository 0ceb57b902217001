// Desktop backups as they happen: each changed map is backed up a few seconds after its last
// change and at once when its editor closes; at start-up, maps changed since their newest backup
// are backed up too. Does nothing on a host without backups (the browser).

import { useEffect, useRef, useState } from 'react';
import {
  changedMaps,
  createBackupScheduler,
  mapsNeedingBackup,
  type BackupScheduler,
} from '../../data/backupScheduler';
import { backupPayloadFor, useMapVersions } from '../../data/backupSource';
import { APP_VERSION } from '../../platform/appVersion';
import { logError } from '../../platform/errorLog';
import type { HostBackups } from '../../platform/host';
import { reportError } from '../../state/notices';

export function useAutomaticBackups(
  backups: HostBackups | undefined,
  openMapId: string | null,
  delayMs?: number,
): void {
  const versions = useMapVersions();
  const [scheduler, setScheduler] = useState<BackupScheduler | null>(null);
  const seen = useRef<Map<string, string> | null>(null);

  useEffect(() => {
    if (!backups) return undefined;
    // Told once per run of failures, not once per map: the notice says what to do.
    let failing = false;
    const created = createBackupScheduler({
      delayMs,
      backUp: async (mapId) => {
        const payload = await backupPayloadFor(mapId, APP_VERSION);
        if (payload === null) return;
        await backups.write(payload);
        failing = false;
      },
      onError: (mapId, error) => {
        logError(`Backing up map ${mapId} failed`, error);
        if (failing) return;
        failing = true;
        reportError('Stakemap could not write a backup of your map.', [
          error instanceof Error ? error.message : String(error),
          'Your maps are saved; only the extra copy on disk is missing. Check that the disk has space.',
        ]);
      },
    });
    setScheduler(created);
    const flushOnLeave = () => void created.flushAll();
    window.addEventListener('pagehide', flushOnLeave);
    return () => {
      window.removeEventListener('pagehide', flushOnLeave);
      void created.flushAll().finally(() => created.dispose());
      setScheduler(null);
    };
  }, [backups, delayMs]);

  // Start-up: whatever changed since its newest backup (a killed app never fired its timer).
  useEffect(() => {
    if (!backups || !scheduler || versions === undefined || seen.current !== null) return;
    seen.current = new Map(versions.map((map) => [map.id, map.updatedAt]));
    let cancelled = false;
    backups
      .list()
      .then((listed) => {
        if (cancelled) return;
        const backedUp = new Map(listed.map((map) => [map.mapId, map.mapUpdatedAt]));
        for (const mapId of mapsNeedingBackup(versions, backedUp)) scheduler.changed(mapId);
      })
      .catch((error: unknown) => logError('Listing the backups failed', error));
    return () => {
      cancelled = true;
    };
  }, [backups, scheduler, versions]);

  // Every later change, in this window or another one on the same database.
  useEffect(() => {
    if (!scheduler || versions === undefined || seen.current === null) return;
    for (const mapId of changedMaps(seen.current, versions)) scheduler.changed(mapId);
    seen.current = new Map(versions.map((map) => [map.id, map.updatedAt]));
  }, [scheduler, versions]);

  // The editor closed (or moved to another map): back the map it showed up now.
  const previousMapId = useRef(openMapId);
  useEffect(() => {
    const closed = previousMapId.current;
    previousMapId.current = openMapId;
    if (scheduler && closed !== null && closed !== openMapId) void scheduler.flush(closed);
  }, [scheduler, openMapId]);
}
