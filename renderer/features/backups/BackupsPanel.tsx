// The map list's "Backups and snapshots" section: export or import every map in one file, the
// desktop's backups, and each map's named snapshots. It owns which of its dialogs is open.

import { useState } from 'react';
import { useMaps } from '../../data/hooks';
import { useHost } from '../../platform/HostContext';
import { BackupsDialog } from './BackupsDialog';
import { SnapshotsDialog } from './SnapshotsDialog';
import { useEverythingFiles } from './useEverythingFiles';
import './backups.css';

type OpenDialog = { type: 'backups' } | { type: 'snapshots'; mapId: string } | null;

interface BackupsPanelProps {
  onOpenMap(mapId: string): void;
}

export function BackupsPanel({ onOpenMap }: BackupsPanelProps) {
  const host = useHost();
  const maps = useMaps();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const { busy, exportEverything, importEverything } = useEverythingFiles();
  const snapshotMap =
    dialog?.type === 'snapshots' ? maps?.find((map) => map.id === dialog.mapId) : undefined;

  return (
    <section aria-labelledby="backups-heading" className="map-list-section backups-panel">
      <div className="section-heading">
        <h2 id="backups-heading">Backups and snapshots</h2>
        <div className="button-row">
          <button
            type="button"
            disabled={busy || !maps || maps.length === 0}
            onClick={() => void exportEverything()}
          >
            Export everything
          </button>
          <button type="button" disabled={busy} onClick={() => void importEverything()}>
            Import everything…
          </button>
          {host.backups && (
            <button type="button" onClick={() => setDialog({ type: 'backups' })}>
              Backups…
            </button>
          )}
        </div>
      </div>
      <p className="muted">
        Export everything saves all your maps in one file; Import everything adds the maps from such
        a file as new maps. A snapshot keeps a map as it is now, under a name.
      </p>
      {maps && maps.length > 0 && (
        <ul aria-label="Snapshots by map" className="snapshot-buttons">
          {maps.map((map) => (
            <li key={map.id}>
              <button type="button" onClick={() => setDialog({ type: 'snapshots', mapId: map.id })}>
                Snapshots for {map.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {dialog?.type === 'backups' && host.backups && (
        <BackupsDialog
          backups={host.backups}
          onClose={() => setDialog(null)}
          onRestored={(mapId) => {
            setDialog(null);
            onOpenMap(mapId);
          }}
        />
      )}
      {snapshotMap && (
        <SnapshotsDialog
          mapId={snapshotMap.id}
          mapName={snapshotMap.name}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
