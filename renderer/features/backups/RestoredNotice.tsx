// Said inside a backups or snapshots dialog after a restore: what happened, and a button that
// undoes it (deleting the new map, or putting the replaced map's contents back).

import { useState } from 'react';
import type { Restored } from '../../commands/restoreCommands';
import { logError } from '../../platform/errorLog';
import { announce } from '../../state/notices';
import { errorText } from './describe';

interface RestoredNoticeProps {
  restored: Restored;
  onUndone(): void;
  /** Offered when the dialog can take the user to the restored map. */
  onOpen?(mapId: string): void;
}

export function RestoredNotice({ restored, onUndone, onOpen }: RestoredNoticeProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const undo = async () => {
    setBusy(true);
    try {
      await restored.undo();
      announce('Undid the restore.');
      onUndone();
    } catch (error) {
      logError('Undoing a restore failed', error);
      setProblem(`The restore could not be undone: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="restored-notice">
      <p role="status">{restored.message}</p>
      <div className="button-row">
        {onOpen && (
          <button type="button" disabled={busy} onClick={() => onOpen(restored.mapId)}>
            Open map
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => void undo()}>
          Undo restore
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
