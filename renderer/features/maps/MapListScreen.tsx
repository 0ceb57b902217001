// The first screen: the user's maps with their size and last change, and the ways to make one
// (new, example, import). It owns which dialog is open; the list items only ask.

import { useState } from 'react';
import type { StakeMap } from '@shared/domain/types';
import { useMapSizes, useMaps } from '../../data/hooks';
import { createMap, deleteMap, duplicateMap, renameMap } from '../../data/mapRepository';
import { announce, errorMessage, reportError } from '../../state/notices';
import { useMenuCommand } from '../../state/menuCommands';
import { useWhenIdle } from '../../platform/useWhenIdle';
import { DeleteMapDialog } from './DeleteMapDialog';
import { openExampleMap } from './exampleMap';
import { MapListItem } from './MapListItem';
import { MapNameDialog } from './MapNameDialog';

interface MapListScreenProps {
  onOpenMap(mapId: string): void;
  onImport(): void;
  /** Called once, in an idle moment after the maps are listed: time to fetch what opening needs. */
  onIdle?(): void;
}

type OpenDialog =
  { type: 'new' } | { type: 'rename'; map: StakeMap } | { type: 'delete'; map: StakeMap } | null;

export function MapListScreen({ onOpenMap, onImport, onIdle }: MapListScreenProps) {
  const maps = useMaps();
  const sizes = useMapSizes();
  useWhenIdle(maps !== undefined, onIdle);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [busy, setBusy] = useState(false);
  useMenuCommand('map:new', () => setDialog({ type: 'new' }));

  const run = async (work: () => Promise<void>, failure: string) => {
    try {
      await work();
    } catch (error) {
      reportError(failure, [errorMessage(error)]);
    }
  };

  const openExample = async () => {
    setBusy(true);
    let mapId: string | null = null;
    try {
      mapId = await openExampleMap();
    } finally {
      setBusy(false);
    }
    if (mapId) onOpenMap(mapId);
  };

  return (
    <main className="map-list-screen">
      <header className="app-header">
        <h1>Stakemap</h1>
        <p className="tagline">
          Map the people and groups around your programme, and plan how to engage them.
        </p>
      </header>
      <section aria-labelledby="your-maps-heading" className="map-list-section">
        <div className="section-heading">
          <h2 id="your-maps-heading">Your maps</h2>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => setDialog({ type: 'new' })}>
              New map
            </button>
            <button type="button" onClick={openExample} disabled={busy}>
              Open example map
            </button>
            <button type="button" onClick={onImport}>
              Import…
            </button>
          </div>
        </div>
        {maps === undefined ? (
          <p className="muted">Loading your maps…</p>
        ) : maps.length === 0 ? (
          <div className="empty-state">
            <p className="empty-title">No maps yet</p>
            <p>
              Start a new map, open the example map to see what Stakemap can do, or import a
              .stakemap.json file from a colleague.
            </p>
          </div>
        ) : (
          <ul aria-label="Maps" className="map-list">
            {maps.map((map) => (
              <MapListItem
                key={map.id}
                map={map}
                size={sizes?.get(map.id)}
                onOpen={() => onOpenMap(map.id)}
                onRename={() => setDialog({ type: 'rename', map })}
                onDuplicate={() =>
                  run(async () => {
                    const copy = await duplicateMap(map.id);
                    if (copy) announce(`Made a copy: “${copy.name}”.`);
                  }, 'The map could not be duplicated.')
                }
                onDelete={() => setDialog({ type: 'delete', map })}
              />
            ))}
          </ul>
        )}
      </section>

      <MapNameDialog
        open={dialog?.type === 'new'}
        title="New map"
        submitLabel="Create"
        initialName=""
        onClose={() => setDialog(null)}
        onSubmit={(name) =>
          run(async () => {
            setDialog(null);
            const map = await createMap(name);
            onOpenMap(map.id);
          }, 'The map could not be created.')
        }
      />
      {dialog?.type === 'rename' && (
        <MapNameDialog
          open
          title="Rename map"
          submitLabel="Save"
          initialName={dialog.map.name}
          onClose={() => setDialog(null)}
          onSubmit={(name) =>
            run(async () => {
              setDialog(null);
              await renameMap(dialog.map.id, name);
              announce(`Renamed to “${name.trim()}”.`);
            }, 'The map could not be renamed.')
          }
        />
      )}
      {dialog?.type === 'delete' && (
        <DeleteMapDialog
          map={dialog.map}
          size={sizes?.get(dialog.map.id)}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            run(async () => {
              setDialog(null);
              await deleteMap(dialog.map.id);
              announce(`Deleted “${dialog.map.name}”.`);
            }, 'The map could not be deleted.')
          }
        />
      )}
    </main>
  );
}
