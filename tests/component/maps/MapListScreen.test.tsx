// The map list as a user meets it: empty state, create, rename, duplicate, delete after asking.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/data/db';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { MapListScreen } from '../../../renderer/features/maps/MapListScreen';
import { aBundle, aMap, aNode, aRelationship } from '../../factories/records';
import { renderWithHost } from '../renderWithHost';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function renderList() {
  const onOpenMap = vi.fn();
  const onImport = vi.fn();
  renderWithHost(<MapListScreen onOpenMap={onOpenMap} onImport={onImport} />);
  return { onOpenMap, onImport };
}

describe('the map list', () => {
  it('shows a clear empty state with the ways to start', async () => {
    renderList();
    expect(await screen.findByText('No maps yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New map' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open example map' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import…' })).toBeInTheDocument();
  });

  it('creates a map from the dialog and opens it', async () => {
    const user = userEvent.setup();
    const { onOpenMap } = renderList();
    await user.click(await screen.findByRole('button', { name: 'New map' }));
    const dialog = screen.getByRole('dialog', { name: 'New map' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Map name' }), 'Panel engagement');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onOpenMap).toHaveBeenCalledTimes(1));
    const stored = await db.maps.toArray();
    expect(stored.map((map) => map.name)).toEqual(['Panel engagement']);
    expect(onOpenMap).toHaveBeenCalledWith(stored[0]?.id);
  });

  it('lists each map with its size', async () => {
    await saveNewBundle(aBundle());
    renderList();
    const item = await screen.findByRole('listitem');
    expect(await within(item).findByText('2 nodes · 1 relationship')).toBeInTheDocument();
    expect(within(item).getByText(/^Changed /)).toBeInTheDocument();
  });

  it('counts only its own records for each map, even where one id begins another', async () => {
    await saveNewBundle(aBundle());
    // "map-1-copy" sorts straight after "map-1": a range that ran past map-1 would count these.
    const mapId = 'map-1-copy';
    await saveNewBundle(
      aBundle({
        map: aMap({ id: mapId, name: 'Second map', updatedAt: '2026-01-02T00:00:00.000Z' }),
        nodes: ['a', 'b', 'c'].map((id) => aNode({ id, mapId })),
        relationships: [aRelationship({ id: 'r1', mapId, sourceId: 'a', targetId: 'b' })],
      }),
    );
    renderList();

    await waitFor(() =>
      expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        expect.stringMatching(/Second map.*3 nodes · 1 relationship/),
        expect.stringMatching(/Test map.*2 nodes · 1 relationship/),
      ]),
    );
  });

  it('renames and duplicates a map', async () => {
    const user = userEvent.setup();
    await saveNewBundle(aBundle());
    renderList();
    await user.click(await screen.findByRole('button', { name: 'Rename Test map' }));
    const field = screen.getByRole('textbox', { name: 'Map name' });
    await user.clear(field);
    await user.type(field, 'Renamed');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: 'Open Renamed' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Duplicate Renamed' }));
    expect(await screen.findByRole('button', { name: 'Open Renamed (copy)' })).toBeInTheDocument();
  });

  it('asks before deleting, naming what will go, and keeps the map on Cancel', async () => {
    const user = userEvent.setup();
    await saveNewBundle(aBundle());
    renderList();
    await screen.findByText('2 nodes · 1 relationship');
    await user.click(screen.getByRole('button', { name: 'Delete Test map' }));
    const question = screen.getByRole('alertdialog');
    expect(question).toHaveTextContent('Test map');
    expect(question).toHaveTextContent('2 nodes and 1 relationship');
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(await db.maps.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Delete Test map' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete map' }),
    );
    expect(await screen.findByText('No maps yet')).toBeInTheDocument();
    expect(await db.nodes.count()).toBe(0);
  });
});
