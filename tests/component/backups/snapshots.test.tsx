// Named snapshots as a user meets them: from the map list's "Snapshots for <map>", take one, see
// it listed with its date and size, restore it as a new map "<map> — <snapshot>", delete it only
// after confirming.

import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NoticeArea } from '../../../renderer/components/NoticeArea';
import { db } from '../../../renderer/data/db';
import { deleteMap, loadBundle, saveNewBundle } from '../../../renderer/data/mapRepository';
import { createSnapshot } from '../../../renderer/data/snapshotRepository';
import { updateNode } from '../../../renderer/data/nodeRepository';
import { redo, undo } from '../../../renderer/state/history';
import { BackupsPanel } from '../../../renderer/features/backups/BackupsPanel';
import { rehomeBundle } from '../../../renderer/data/mapRepository';
import { aBundle } from '../../factories/records';
import { renderWithHost } from '../renderWithHost';

// The machines running this suite are shared and slow: wait generously, fail only on a hang.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveNewBundle(rehomeBundle(aBundle(), 'm1', 'Data panel', '2026-01-01T00:00:00.000Z'));
});

function renderPanel() {
  return renderWithHost(
    <>
      <BackupsPanel onOpenMap={() => undefined} />
      <NoticeArea />
    </>,
  );
}

async function openSnapshots(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Snapshots for Data panel' }));
  return screen.getByRole('dialog', { name: 'Snapshots of Data panel' });
}

describe('snapshots', { timeout: 30_000 }, () => {
  it('takes a named snapshot and lists it with its date and size', async () => {
    const user = userEvent.setup();
    renderPanel();
    const dialog = await openSnapshots(user);
    expect(within(dialog).getByText('No snapshots of this map yet.')).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Snapshot name' }),
      'before the February workshop',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Take snapshot' }));

    const list = await within(dialog).findByRole('list', { name: 'Snapshots' });
    expect(within(list).getByText('before the February workshop')).toBeInTheDocument();
    expect(within(list).getByText(/\d{4}.*· \d+(\.\d)? (bytes|KB)/)).toBeInTheDocument();
    const [stored] = await db.snapshots.toArray();
    expect(stored).toMatchObject({ mapId: 'm1', name: 'before the February workshop' });
    expect(JSON.parse(stored?.text ?? '')).toMatchObject({
      format: 'stakemap',
      map: { name: 'Data panel' },
    });
  });

  it('asks for a name instead of taking a nameless snapshot', async () => {
    const user = userEvent.setup();
    renderPanel();
    const dialog = await openSnapshots(user);
    await user.click(within(dialog).getByRole('button', { name: 'Take snapshot' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Give the snapshot a name/);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('restores a snapshot as a new map, leaving the map itself as it is now', async () => {
    await createSnapshot('m1', 'February', '0.1.0');
    await updateNode('m1', 'n1', { label: 'Changed after the snapshot' });
    const user = userEvent.setup();
    renderPanel();
    const dialog = await openSnapshots(user);
    await user.click(
      await within(dialog).findByRole('button', { name: 'Restore snapshot February' }),
    );

    expect(
      await screen.findByText(/Restored the snapshot as a new map, “Data panel — February”/),
    ).toBeInTheDocument();
    const maps = await db.maps.toArray();
    expect(maps.map((map) => map.name).sort()).toEqual(['Data panel', 'Data panel — February']);
    const restored = maps.find((map) => map.name === 'Data panel — February');
    const bundle = await loadBundle(restored?.id ?? '');
    expect(bundle?.nodes.map((node) => node.label).sort()).toEqual(['Jane Smith', 'Panel']);
    expect((await db.nodes.get(['m1', 'n1']))?.label).toBe('Changed after the snapshot');
  });

  it('replaces the map with a snapshot after keeping its state, and undo and redo work', async () => {
    await createSnapshot('m1', 'February', '0.1.0');
    await updateNode('m1', 'n1', { label: 'Changed after the snapshot' });
    const user = userEvent.setup();
    renderPanel();
    const dialog = await openSnapshots(user);
    await user.click(
      await within(dialog).findByRole('button', {
        name: 'Replace Data panel with snapshot February',
      }),
    );

    expect(
      await within(dialog).findByText(/^Replaced Data panel with the snapshot “February”/),
    ).toBeInTheDocument();
    expect((await db.nodes.get(['m1', 'n1']))?.label).toBe('Jane Smith');
    expect(await db.maps.count()).toBe(1);
    // The state from just before is listed as a snapshot of its own.
    expect(
      await within(dialog).findByText('Before restoring the snapshot “February”'),
    ).toBeInTheDocument();

    // The map's history holds the restore, so Ctrl+Z in the editor undoes it, and redo redoes it.
    await undo('m1');
    expect((await db.nodes.get(['m1', 'n1']))?.label).toBe('Changed after the snapshot');
    await redo('m1');
    expect((await db.nodes.get(['m1', 'n1']))?.label).toBe('Jane Smith');
  });

  it('undoes a restore as a new map from the dialog', async () => {
    await createSnapshot('m1', 'February', '0.1.0');
    const user = userEvent.setup();
    renderPanel();
    const dialog = await openSnapshots(user);
    await user.click(
      await within(dialog).findByRole('button', { name: 'Restore snapshot February' }),
    );
    await waitFor(async () => expect(await db.maps.count()).toBe(2));
    await user.click(await within(dialog).findByRole('button', { name: 'Undo restore' }));
    await waitFor(async () => expect(await db.maps.count()).toBe(1));
    expect((await db.maps.get('m1'))?.name).toBe('Data panel');
  });

  it('deletes a snapshot only after the user confirms', async () => {
    await createSnapshot('m1', 'February', '0.1.0');
    const user = userEvent.setup();
    renderPanel();
    const dialog = await openSnapshots(user);
    await user.click(
      await within(dialog).findByRole('button', { name: 'Delete snapshot February' }),
    );
    const confirm = screen.getByRole('alertdialog', { name: 'Delete the snapshot “February”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await db.snapshots.count()).toBe(1);

    await user.click(within(dialog).getByRole('button', { name: 'Delete snapshot February' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete snapshot' }),
    );
    await waitFor(async () => expect(await db.snapshots.count()).toBe(0));
    expect(await db.maps.count()).toBe(1);
  });

  it('go when their map is deleted, so its personal data does not linger', async () => {
    await createSnapshot('m1', 'February', '0.1.0');
    await deleteMap('m1');
    expect(await db.snapshots.count()).toBe(0);
  });
});
