// Loads one map through live queries and hands it to the editor; shows loading and missing states.
// The editor (and with it Cytoscape and its layouts) is its own chunk, fetched while the map's
// records load, so the map list starts without it.

import { lazy, Suspense, useEffect } from 'react';
import { useMap, useMapNodes, useMapRelationships } from '../../data/hooks';
import type { MapViewDefinition } from '../../state/mapViews';

const loadEditor = () => import('./MapEditor');
const MapEditor = lazy(() => loadEditor().then((module) => ({ default: module.MapEditor })));

interface MapEditorScreenProps {
  mapId: string;
  onBack(): void;
  onExport(mapId: string): void;
  onImport(): void;
  views: readonly MapViewDefinition[];
}

export function MapEditorScreen(props: MapEditorScreenProps) {
  const { mapId, onBack, onExport, onImport, views } = props;
  const map = useMap(mapId);
  const nodes = useMapNodes(mapId);
  const relationships = useMapRelationships(mapId);
  // Fetch the editor's code alongside the records rather than after them.
  useEffect(() => {
    void loadEditor();
  }, []);

  if (map === null) {
    return (
      <main className="centered-message">
        <h1>This map no longer exists</h1>
        <p>It may have been deleted in another window.</p>
        <button type="button" className="primary" onClick={onBack}>
          Back to maps
        </button>
      </main>
    );
  }
  const opening = (
    <main className="centered-message">
      <p className="muted">Opening map…</p>
    </main>
  );
  if (map === undefined || nodes === undefined || relationships === undefined) return opening;
  return (
    <Suspense fallback={opening}>
      <MapEditor
        map={map}
        nodes={nodes}
        relationships={relationships}
        onBack={onBack}
        onExport={() => onExport(map.id)}
        onImport={onImport}
        views={views}
      />
    </Suspense>
  );
}
