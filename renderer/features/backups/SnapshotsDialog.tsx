// Named snapshots of one map: take one before a big change; restore one as a new map
// ("<map> — <snapshot>") or over the map itself, after keeping its current state as a snapshot
// (either restore can be undone); delete one after confirming.

import * as Dialog from '@radix-ui/react-dialog';
import { useState, type FormEvent } from 'react';
import type { Restored } from '../../commands/restoreCommands';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeProblem } from '../../data/describeProblem';
import {
  MAX_SNAPSHOT_NAME_LENGTH,
  createSnapshot,
  deleteSnapshot,
  restoredSnapshotName,
  useSnapshots,
  type MapSnapshot,
} from '../../data/snapshotRepository';
import { APP_VERSION } from '../../platform/appVersion';
import { logError } from '../../platform/errorLog';
import { announce } from '../../state/notices';
import { describeBackupDate, describeBytes, errorText } from './describe';
import { DialogProblem, type Problem } from './DialogProblem';
import { RestoredNotice } from './RestoredNotice';

interface SnapshotsDialogProps {
  mapId: string;
  mapName: string;
  onClose(): void;
}

export function SnapshotsDialog({ mapId, mapName, onClose }: SnapshotsDialogProps) {
  const snapshots = useSnapshots(mapId);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [doomed, setDoomed] = useState<MapSnapshot | null>(null);
  // Shown inside the dialog: while it is open, everything outside it is hidden from assistive tech.
  const [failure, setFailure] = useState<Problem | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);

  const take = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await createSnapshot(mapId, name, APP_VERSION);
      if (!result.ok) {
        setProblem(result.error);
        return;
      }
      setProblem(null);
      setName('');
      announce(`Took the snapshot “${result.value.name}” of ${mapName}.`);
    } catch (error) {
      logError('Taking a snapshot failed', error);
      setProblem(`The snapshot could not be saved: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (snapshot: MapSnapshot, how: 'new' | 'replace') => {
    setBusy(true);
    setFailure(null);
    setRestored(null);
    try {
      // Fetched with the file format's code on the first restore; the map list starts without it.
      const { replaceMapCommand, restoreAsNewMapCommand } =
        await import('../../commands/restoreCommands');
      const result =
        how === 'new'
          ? await restoreAsNewMapCommand(
              snapshot.text,
              restoredSnapshotName(mapName, snapshot.name),
            )
          : await replaceMapCommand(
              mapId,
              mapName,
              snapshot.text,
              `the snapshot “${snapshot.name}”`,
              APP_VERSION,
            );
      if (!result.ok) {
        setFailure({
          title: `The snapshot “${snapshot.name}” could not be restored: nothing has been changed.`,
          details: result.error.map(describeProblem),
        });
        return;
      }
      setRestored(
        how === 'new'
          ? {
              ...result.value,
              message: `Restored the snapshot as a new map, “${restoredSnapshotName(mapName, snapshot.name)}”.`,
            }
          : result.value,
      );
    } catch (error) {
      logError('Restoring a snapshot failed', error);
      setFailure({
        title: 'The snapshot could not be restored: nothing has been changed.',
        details: [errorText(error)],
      });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (snapshot: MapSnapshot) => {
    setDoomed(null);
    setFailure(null);
    try {
      await deleteSnapshot(snapshot);
      announce(`Deleted the snapshot “${snapshot.name}”.`);
    } catch (error) {
      logError('Deleting a snapshot failed', error);
      setFailure({ title: 'The snapshot could not be deleted.', details: [errorText(error)] });
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog backups-dialog">
          <Dialog.Title className="dialog-title">Snapshots of {mapName}</Dialog.Title>
          <Dialog.Description>
            A snapshot keeps the map as it is now, under a name. Restore one as a new map, or
            replace this map with it: its current state is kept as a snapshot first, and either can
            be undone.
          </Dialog.Description>
          <form className="dialog-form" onSubmit={(event) => void take(event)}>
            <label className="field">
              <span>Snapshot name</span>
              <input
                type="text"
                value={name}
                maxLength={MAX_SNAPSHOT_NAME_LENGTH}
                placeholder="before the February workshop"
                aria-invalid={problem !== null}
                aria-describedby={problem ? 'snapshot-problem' : undefined}
                onChange={(event) => setName(event.target.value)}
              />
            </label>
            {problem && (
              <p id="snapshot-problem" role="alert" className="field-error">
                {problem}
              </p>
            )}
            <div className="button-row">
              <button type="submit" className="primary" disabled={busy}>
                Take snapshot
              </button>
            </div>
          </form>
          {failure && <DialogProblem problem={failure} />}
          {restored && <RestoredNotice restored={restored} onUndone={() => setRestored(null)} />}
          {snapshots === undefined ? (
            <p className="muted">Loading snapshots…</p>
          ) : snapshots.length === 0 ? (
            <p className="muted">No snapshots of this map yet.</p>
          ) : (
            <ul aria-label="Snapshots" className="backups-list backups-scroll">
              {snapshots.map((snapshot) => (
                <li key={snapshot.id} className="backups-item">
                  <span>
                    <strong>{snapshot.name}</strong>
                    <br />
                    <span className="muted">
                      {describeBackupDate(snapshot.createdAt)} ·{' '}
                      {describeBytes(new TextEncoder().encode(snapshot.text).byteLength)}
                    </span>
                  </span>
                  <span className="button-row">
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={`Restore snapshot ${snapshot.name}`}
                      onClick={() => void restore(snapshot, 'new')}
                    >
                      Restore
                    </button>
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={`Replace ${mapName} with snapshot ${snapshot.name}`}
                      onClick={() => void restore(snapshot, 'replace')}
                    >
                      Replace
                    </button>
                    <button
                      type="button"
                      className="danger-outline"
                      aria-label={`Delete snapshot ${snapshot.name}`}
                      onClick={() => setDoomed(snapshot)}
                    >
                      Delete
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <div className="dialog-buttons">
            <Dialog.Close asChild>
              <button type="button">Close</button>
            </Dialog.Close>
          </div>
          <ConfirmDialog
            open={doomed !== null}
            title={`Delete the snapshot “${doomed?.name ?? ''}”?`}
            description={`The snapshot taken ${doomed ? describeBackupDate(doomed.createdAt) : ''} will be deleted for good. ${mapName} itself is not changed.`}
            confirmLabel="Delete snapshot"
            onOpenChange={(open) => !open && setDoomed(null)}
            onConfirm={() => doomed && void remove(doomed)}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
