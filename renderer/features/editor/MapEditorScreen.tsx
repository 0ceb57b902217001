// Loads one map through live queries and hands it to the editor; shows loading and missing states.
// The editor (and with it Cytoscape) is its own chunk, fetched when the map list is idle or, at the
// latest, alongside the records (editorCode.ts). The editor re-renders only when what it shows
// changes: every save stamps the map's updatedAt, and re-rendering a 5,000-node editor for that
// alone doubled the cost of each edit.

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StakeMap } from '@shared/domain/types';
import { useMap, useMapNodes, useMapRelationships } from '../../data/hooks';
import { expandWhenIdle } from '../../data/stagedExpansion';
import type { MapViewDefinition } from '../../state/mapViews';
import { useEditorCode } from './editorCode';

export { preloadMapEditor } from './editorCode';

interface MapEditorScreenProps {
  mapId: string;
  onBack(): void;
  onExport(mapId: string): void;
  onImport(): void;
  views: readonly MapViewDefinition[];
}

/** Whether two versions of a map differ in more than the time of their last change. */
function differsBeyondTimestamp(a: StakeMap, b: StakeMap): boolean {
  return (
    a.id !== b.id ||
    a.name !== b.name ||
    a.description !== b.description ||
    a.createdAt !== b.createdAt
  );
}

/** The map, keeping the previous object when only updatedAt changed. */
function useMapShownInEditor(map: StakeMap | null | undefined) {
  const [shown, setShown] = useState(map);
  const same = map && shown && !differsBeyondTimestamp(map, shown);
  // Adjusting state while rendering, as React documents, so the editor never sees a stale map.
  if (!same && map !== shown) setShown(map);
  return same ? shown : map;
}

export function MapEditorScreen(props: MapEditorScreenProps) {
  const { mapId, onBack, views } = props;
  const map = useMapShownInEditor(useMap(mapId));
  const nodes = useMapNodes(mapId);
  const relationships = useMapRelationships(mapId);
  // Fetched alongside the records rather than after them (or already in: see editorCode.ts).
  const MapEditor = useEditorCode();
  // A large import's parts become records once the map is shown, so that its first edit need not
  // wait for them (stagedExpansion.ts).
  const loaded = nodes !== undefined && relationships !== undefined;
  useEffect(() => (loaded ? expandWhenIdle(mapId) : undefined), [loaded, mapId]);
  // The shell passes new callbacks on each of its renders; the editor gets stable ones that call
  // the latest, so they never cause a re-render of their own.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const callbacks = useMemo(
    () => ({
      onBack: () => latest.current.onBack(),
      onExport: () => latest.current.onExport(mapId),
      onImport: () => latest.current.onImport(),
    }),
    [mapId],
  );

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
  if (
    map === undefined ||
    nodes === undefined ||
    relationships === undefined ||
    MapEditor === undefined
  ) {
    return opening;
  }
  return (
    <MapEditor map={map} nodes={nodes} relationships={relationships} views={views} {...callbacks} />
  );
}
