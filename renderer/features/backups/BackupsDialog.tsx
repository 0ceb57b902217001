// The desktop's backups, by map, with date and size. Restore makes a new map named after the
// backup, leaving the map it came from alone; Replace (offered while that map exists) keeps the
// map's current state as a snapshot, then puts the backup's contents into it. Both can be undone.

import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import type { BackedUpMap, BackupFile } from '@shared/ipc/contract';
import type { Restored } from '../../commands/restoreCommands';
import { useMaps } from '../../data/hooks';
import { describeProblem } from '../../data/describeProblem';
import { APP_VERSION } from '../../platform/appVersion';
import { logError } from '../../platform/errorLog';
import type { HostBackups } from '../../platform/host';
import { describeBackupDate, describeBytes, errorText } from './describe';
import { DialogProblem, type Problem } from './DialogProblem';
import { RestoredNotice } from './RestoredNotice';

type Listing =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; maps: BackedUpMap[] };

interface BackupsDialogProps {
  backups: HostBackups;
  onClose(): void;
  /** Opens a restored map (the user asks, after the restore). */
  onRestored(mapId: string): void;
}

export function BackupsDialog({ backups, onClose, onRestored }: BackupsDialogProps) {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [restoring, setRestoring] = useState<string | null>(null);
  // Shown inside the dialog: while it is open, everything outside it is hidden from assistive tech.
  const [problem, setProblem] = useState<Problem | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);
  // Replace is offered only for maps still in the database, under their current name.
  const maps = useMaps();
  const currentName = (mapId: string) => maps?.find((map) => map.id === mapId)?.name;

  useEffect(() => {
    let cancelled = false;
    backups
      .list()
      .then((maps) => {
        if (!cancelled) setListing({ state: 'ready', maps });
      })
      .catch((error: unknown) => {
        logError('Listing the backups failed', error);
        if (!cancelled) setListing({ state: 'failed', message: errorText(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [backups]);

  const restore = async (map: BackedUpMap, backup: BackupFile, how: 'new' | 'replace') => {
    const when = describeBackupDate(backup.createdAt);
    const replacing = how === 'replace' ? currentName(map.mapId) : undefined;
    setRestoring(backup.fileName);
    setProblem(null);
    setRestored(null);
    try {
      const text = await backups.read({ mapId: map.mapId, fileName: backup.fileName });
      // Fetched with the file format's code on the first restore; the map list starts without it.
      const { replaceMapCommand, restoreAsNewMapCommand } =
        await import('../../commands/restoreCommands');
      const result =
        replacing === undefined
          ? await restoreAsNewMapCommand(text, `${map.mapName} (backup of ${when})`)
          : await replaceMapCommand(
              map.mapId,
              replacing,
              text,
              `the backup of ${when}`,
              APP_VERSION,
            );
      if (!result.ok) {
        setProblem({
          title: `The backup of ${map.mapName} from ${when} could not be restored: nothing has been changed.`,
          details: result.error.map(describeProblem),
        });
        return;
      }
      setRestored(result.value);
    } catch (error) {
      logError('Restoring a backup failed', error);
      setProblem({
        title: 'The backup could not be restored: nothing has been changed.',
        details: [errorText(error)],
      });
    } finally {
      setRestoring(null);
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog backups-dialog">
          <Dialog.Title className="dialog-title">Backups</Dialog.Title>
          <Dialog.Description>
            Stakemap keeps a copy of each map on this computer a few seconds after it changes: the
            last 10, and one a day for a month. Restore adds one as a new map; Replace puts it into
            the map itself, after keeping the map's current state as a snapshot. Both can be undone.
          </Dialog.Description>
          {problem && <DialogProblem problem={problem} />}
          {restored && (
            <RestoredNotice
              restored={restored}
              onUndone={() => setRestored(null)}
              onOpen={onRestored}
            />
          )}
          {listing.state === 'loading' && <p className="muted">Looking for backups…</p>}
          {listing.state === 'failed' && (
            <p role="alert">The backups could not be listed: {listing.message}</p>
          )}
          {listing.state === 'ready' && listing.maps.length === 0 && (
            <p>No backups yet. They appear here a few seconds after a map changes.</p>
          )}
          {listing.state === 'ready' && listing.maps.length > 0 && (
            <div className="backups-scroll">
              {listing.maps.map((map) => (
                <section key={map.mapId} aria-label={`Backups of ${map.mapName}`}>
                  <h3 className="backups-map-name">{map.mapName}</h3>
                  <ul className="backups-list">
                    {map.backups.map((backup) => {
                      const when = describeBackupDate(backup.createdAt);
                      return (
                        <li key={backup.fileName} className="backups-item">
                          <span>
                            {when} · {describeBytes(backup.size)}
                          </span>
                          <button
                            type="button"
                            disabled={restoring !== null}
                            aria-label={`Restore ${map.mapName} from ${when}`}
                            onClick={() => void restore(map, backup, 'new')}
                          >
                            Restore
                          </button>
                          {currentName(map.mapId) !== undefined && (
                            <button
                              type="button"
                              disabled={restoring !== null}
                              aria-label={`Replace ${currentName(map.mapId) ?? ''} with the backup of ${when}`}
                              onClick={() => void restore(map, backup, 'replace')}
                            >
                              Replace
                            </button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </div>
          )}
          <div className="dialog-buttons">
            <Dialog.Close asChild>
              <button type="button">Close</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
