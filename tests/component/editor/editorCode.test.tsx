// Opening a map waits for the editor's code as it waits for the records: "Opening map…" until
// both are in, then the editor. A failed fetch reaches the error boundary, and the next open
// fetches again rather than repeating the old failure.

import { configure, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/app/ErrorBoundary';
import { db } from '../../../renderer/data/db';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import {
  MapEditorScreen,
  preloadMapEditor,
} from '../../../renderer/features/editor/MapEditorScreen';
import type { MapEditor } from '../../../renderer/features/editor/MapEditor';
import { aBundle } from '../../factories/records';
import { renderWithHost } from '../renderWithHost';

configure({ asyncUtilTimeout: 10_000 });

// The editor's chunk, standing in for the real one: whether fetching it fails, and how often it
// was fetched.
const chunk = vi.hoisted(() => ({ fail: false, fetches: 0 }));
vi.mock('../../../renderer/features/editor/MapEditor', () => {
  chunk.fetches += 1;
  if (chunk.fail) throw new Error('Failed to fetch dynamically imported module: MapEditor.js');
  const Editor: typeof MapEditor = ({ map, nodes, relationships }) => (
    <h1>
      Editing {map.name}: {nodes.length} nodes, {relationships.length} relationships
    </h1>
  );
  return { MapEditor: Editor };
});

const bundle = aBundle();

beforeEach(async () => {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  await saveNewBundle(bundle);
});

function openMap() {
  return renderWithHost(
    <ErrorBoundary>
      <MapEditorScreen
        mapId={bundle.map.id}
        onBack={vi.fn()}
        onExport={vi.fn()}
        onImport={vi.fn()}
        views={[]}
      />
    </ErrorBoundary>,
  );
}

// In this order: the module cache the tests share is what the later tests are about.
describe('opening a map while the editor loads', () => {
  it('shows the error screen, not "Opening map…" for ever, when the editor cannot be fetched', async () => {
    chunk.fail = true;
    openMap();
    expect(screen.getByText('Opening map…')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(screen.queryByText('Opening map…')).not.toBeInTheDocument();
  });

  it('fetches again on the next open, and shows the map in the editor', async () => {
    chunk.fail = false;
    const before = chunk.fetches;
    openMap();
    expect(screen.getByText('Opening map…')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Editing Test map: 2 nodes, 1 relationships' }),
    ).toBeInTheDocument();
    expect(chunk.fetches).toBe(before + 1);
  });

  it('fetches the editor once, however often it is preloaded and maps are opened', async () => {
    const before = chunk.fetches;
    preloadMapEditor();
    preloadMapEditor();
    const first = openMap();
    await screen.findByRole('heading', { name: /^Editing Test map/ });
    first.unmount();
    openMap();
    await screen.findByRole('heading', { name: /^Editing Test map/ });
    expect(chunk.fetches).toBe(before);
  });
});
