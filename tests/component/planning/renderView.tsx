// Renders one planning view as the editor would: fed by live queries on the in-memory database,
// with a selection the view can change and a record of what it asked the network view to show.

import { configure } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import { addDays, localDay } from '@shared/domain/planning/days';
import type { MapBundle } from '@shared/domain/types';
import type { ColourBy } from '../../../renderer/graph/attributeStyles';
import { useMap, useMapNodes, useMapRelationships } from '../../../renderer/data/hooks';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import type { MapScope, MapViewContext, MapViewDefinition } from '../../../renderer/state/mapViews';
import type { Selection } from '../../../renderer/state/selection';
import { recordingHost, renderWithHost } from '../renderWithHost';

// These views read several live queries over fake-indexeddb; on a busy machine that takes longer
// than the defaults allow, and a slow machine is not a failing view.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

export interface ViewProbe {
  scopes: Array<MapScope | null>;
  selection: Selection;
}

interface HarnessProps {
  mapId: string;
  view: MapViewDefinition;
  visibleIds: ReadonlySet<string> | null;
  colourBy: ColourBy;
  probe: ViewProbe;
}

function Harness({ mapId, view, visibleIds, colourBy, probe }: HarnessProps) {
  const map = useMap(mapId);
  const nodes = useMapNodes(mapId);
  const relationships = useMapRelationships(mapId);
  const [selection, setSelection] = useState<Selection>(null);
  if (!map || !nodes || !relationships) return null;
  probe.selection = selection;
  const context: MapViewContext = {
    map,
    nodes,
    relationships,
    nodesById: new Map(nodes.map((node) => [node.id, node])),
    visibleIds,
    colourBy,
    selection,
    select: setSelection,
    showInNetwork: (scope) => probe.scopes.push(scope),
  };
  return <>{view.render(context)}</>;
}

/** Saves the bundle, then renders the view over it. */
export async function renderView(
  view: MapViewDefinition,
  bundle: MapBundle,
  visibleIds: ReadonlySet<string> | null = null,
  colourBy: ColourBy = 'kind',
) {
  await saveNewBundle(bundle);
  const probe: ViewProbe = { scopes: [], selection: null };
  const host = recordingHost();
  const rendered = renderWithHost(
    <Harness
      mapId={bundle.map.id}
      view={view}
      visibleIds={visibleIds}
      colourBy={colourBy}
      probe={probe}
    />,
    host,
  );
  return { ...rendered, host, probe };
}

/** A day relative to today in the local calendar, as the views compute "today". */
export function dayFromToday(days: number): string {
  return addDays(localDay(new Date()), days);
}
