// The map list as a user meets it: empty state, create, rename, duplicate, delete after asking.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/data/db';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { MapListScreen } from '../../../renderer/features/maps/MapListScreen';
import { aBundle } from '../../factories/records';
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
    expect(within(item).getByText('2 nodes · 1 relationship')).toBeInTheDocument();
    expect(within(item).getByText(/^Changed /)).toBeInTheDocument();
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
    await user.click(await screen.findByRole('button', { name: 'Delete Test map' }));
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
