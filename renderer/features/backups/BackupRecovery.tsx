// Shown when the database will not open: the desktop's backups are on disk, outside IndexedDB, so
// the user can save a copy of any of them as a .stakemap.json file whatever state the database is
// in. Nothing is restored into (or deleted from) the database from here.

import { useEffect, useState } from 'react';
import type { BackedUpMap, BackupFile } from '@shared/ipc/contract';
import { stakemapFileName } from '@shared/format/fileName';
import { logError } from '../../platform/errorLog';
import { STAKEMAP_FILE_TYPE } from '../../platform/fileTypes';
import { useHost } from '../../platform/HostContext';
import { describeBackupDate, describeBytes, errorText } from './describe';

/** The newest few per map: enough to choose from without a long list on a failure screen. */
const SHOWN_PER_MAP = 3;

export function BackupRecovery() {
  const { backups, saveFile } = useHost();
  const [maps, setMaps] = useState<BackedUpMap[] | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!backups) return undefined;
    let cancelled = false;
    backups
      .list()
      .then((listed) => {
        if (!cancelled) setMaps(listed);
      })
      .catch((error: unknown) => {
        logError('Listing the backups for recovery failed', error);
        if (!cancelled) setStatus(`The backups could not be listed: ${errorText(error)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [backups]);

  if (!backups) return null;

  const saveCopy = async (map: BackedUpMap, backup: BackupFile) => {
    try {
      const text = await backups.read({ mapId: map.mapId, fileName: backup.fileName });
      const outcome = await saveFile(stakemapFileName(map.mapName), text, STAKEMAP_FILE_TYPE);
      if (outcome.status === 'saved') {
        setStatus(`Saved a copy of ${map.mapName} to ${outcome.where}.`);
      }
    } catch (error) {
      logError('Saving a copy of a backup failed', error);
      setStatus(`The backup could not be saved: ${errorText(error)}`);
    }
  };

  return (
    <section aria-labelledby="recovery-heading" className="backup-recovery">
      <h2 id="recovery-heading">Your backups</h2>
      <p>
        Stakemap also keeps copies of your maps outside the database. Save a copy of any of them as
        a file to keep it safe; you can import it once Stakemap opens again.
      </p>
      {maps === null && status === '' && <p className="muted">Looking for backups…</p>}
      {maps !== null && maps.length === 0 && <p>There are no backups on this computer.</p>}
      {maps?.map((map) => (
        <section key={map.mapId} aria-label={`Backups of ${map.mapName}`}>
          <h3 className="backups-map-name">{map.mapName}</h3>
          <ul className="backups-list">
            {map.backups.slice(0, SHOWN_PER_MAP).map((backup) => {
              const when = describeBackupDate(backup.createdAt);
              return (
                <li key={backup.fileName} className="backups-item">
                  <span>
                    {when} · {describeBytes(backup.size)}
                  </span>
                  <button
                    type="button"
                    aria-label={`Save a copy of ${map.mapName} from ${when}`}
                    onClick={() => void saveCopy(map, backup)}
                  >
                    Save a copy…
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <p role="status">{status}</p>
    </section>
  );
}
