// Renders a part of the editor (the inspector, the table view beside it, or the whole editor) as
// MapEditor would: fed by live queries on the in-memory database, with a selection the part can
// change. Edits go through the real commands and repositories, so tests read IndexedDB to see
// what was stored.

import { configure, screen } from '@testing-library/react';
import { useMemo, useState, type ReactNode } from 'react';
import { vi } from 'vitest';
import type { MapBundle, Relationship, StakeNode } from '@shared/domain/types';
import { NoticeArea } from '../../../renderer/components/NoticeArea';
import { db } from '../../../renderer/data/db';
import { useMap, useMapNodes, useMapRelationships } from '../../../renderer/data/hooks';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { Inspector } from '../../../renderer/features/editor/Inspector';
import { MapEditor } from '../../../renderer/features/editor/MapEditor';
import { TableView } from '../../../renderer/features/editor/table/TableView';
import type { Selection } from '../../../renderer/state/selection';
import { renderWithHost } from '../renderWithHost';

// Live queries over fake-indexeddb on a busy machine take longer than the defaults allow, and a
// slow machine is not a failing editor.
configure({ asyncUtilTimeout: 10_000 });

export const MAP_ID = 'map-1';

interface Part {
  table: boolean;
  inspector: boolean;
}

function Harness({ part, initial }: { part: Part; initial: Selection }) {
  const nodes = useMapNodes(MAP_ID);
  const relationships = useMapRelationships(MAP_ID);
  const [selection, setSelection] = useState<Selection>(initial);
  const nodesById = useMemo(() => new Map((nodes ?? []).map((node) => [node.id, node])), [nodes]);
  if (!nodes || !relationships) return null;
  const shared = { mapId: MAP_ID, nodes, nodesById, relationships, selection };
  return (
    <>
      {part.table && <TableView {...shared} visibleIds={null} onSelect={setSelection} />}
      {part.inspector && <Inspector {...shared} onSelect={setSelection} />}
      <NoticeArea />
    </>
  );
}

async function renderPart(bundle: MapBundle, part: Part, initial: Selection) {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  await saveNewBundle(bundle);
  const rendered = renderWithHost(<Harness part={part} initial={initial} />);
  await screen.findByRole(
    part.table ? 'table' : 'complementary',
    { name: part.table ? 'Nodes' : 'Inspector' },
    { timeout: 10_000 },
  );
  return rendered;
}

/** The inspector on its own, showing the given node or relationship. */
export function renderInspector(bundle: MapBundle, selection: Selection) {
  return renderPart(bundle, { table: false, inspector: true }, selection);
}

/** The table view with the inspector beside it, sharing the selection. */
export function renderTables(bundle: MapBundle, selection: Selection = null) {
  return renderPart(bundle, { table: true, inspector: true }, selection);
}

function WholeEditor() {
  const map = useMap(MAP_ID);
  const nodes = useMapNodes(MAP_ID);
  const relationships = useMapRelationships(MAP_ID);
  if (!map || !nodes || !relationships) return null;
  const ignore = (): ReactNode => null;
  return (
    <>
      <MapEditor
        map={map}
        nodes={nodes}
        relationships={relationships}
        onBack={ignore}
        onExport={ignore}
        onImport={ignore}
        views={[]}
      />
      <NoticeArea />
    </>
  );
}

/**
 * The whole editor, for what only it does (the toolbar adds nodes, Delete removes the selection).
 * jsdom has no 2D canvas, so Cytoscape runs headless, as in the GraphCanvas tests.
 */
export async function renderEditor(bundle: MapBundle) {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  await saveNewBundle(bundle);
  const rendered = renderWithHost(<WholeEditor />);
  await screen.findByRole('toolbar', { name: 'Map tools' }, { timeout: 10_000 });
  return rendered;
}

export async function storedNode(id: string): Promise<StakeNode | undefined> {
  return db.nodes.get([MAP_ID, id]);
}

export async function storedRelationship(id: string): Promise<Relationship | undefined> {
  return db.relationships.get([MAP_ID, id]);
}
