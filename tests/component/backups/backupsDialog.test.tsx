// The desktop's Backups dialog: only on the desktop, lists backups by map with date and size,
// restores one as a new map or over its map (after keeping that map's state as a snapshot), lets
// either restore be undone, and says plainly when something fails.

import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeStakemapFile } from '@shared/format';
import { NoticeArea } from '../../../renderer/components/NoticeArea';
import { db } from '../../../renderer/data/db';
import { recordsOfMap } from '../../../renderer/data/mapRange';
import { loadBundle, rehomeBundle, saveNewBundle } from '../../../renderer/data/mapRepository';
import { BackupsPanel } from '../../../renderer/features/backups/BackupsPanel';
import { aBundle } from '../../factories/records';
import { recordingHost, renderWithHost } from '../renderWithHost';
import { desktopHost, fakeBackups } from './fakeBackups';

configure({ asyncUtilTimeout: 10_000 });

const MAP_TEXT = serializeStakemapFile(
  rehomeBundle(aBundle(), 'gone', 'Deleted panel map', '2026-01-01T00:00:00.000Z'),
  { exportedAt: '2026-11-27T09:00:00.000Z', appVersion: '0.1.0' },
);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function withBackups() {
  const backups = fakeBackups();
  backups.maps = [
    {
      mapId: 'gone',
      mapName: 'Deleted panel map',
      mapUpdatedAt: '2026-11-27T09:00:00.000Z',
      backups: [
        { fileName: 'b2.stakemap.json', createdAt: '2026-11-27T09:00:00.000Z', size: 2048 },
        { fileName: 'b1.stakemap.json', createdAt: '2026-11-26T17:00:00.000Z', size: 900 },
      ],
    },
  ];
  backups.files.set('gone/b2.stakemap.json', MAP_TEXT);
  backups.files.set('gone/b1.stakemap.json', '{"format":"stakemap","version":1}');
  const onOpenMap = vi.fn();
  renderWithHost(
    <>
      <BackupsPanel onOpenMap={onOpenMap} />
      <NoticeArea />
    </>,
    desktopHost(backups),
  );
  return { backups, onOpenMap };
}

describe('the Backups dialog', { timeout: 30_000 }, () => {
  it('is not offered in the browser, which keeps no backups', async () => {
    renderWithHost(<BackupsPanel onOpenMap={() => undefined} />, recordingHost());
    await screen.findByRole('button', { name: 'Import everything…' });
    expect(screen.queryByRole('button', { name: 'Backups…' })).toBeNull();
  });

  it('lists the backups of each map, even a deleted one, with date and size', async () => {
    withBackups();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Backups…' }));
    const dialog = screen.getByRole('dialog', { name: 'Backups' });
    const map = await within(dialog).findByRole('region', { name: 'Backups of Deleted panel map' });
    const items = within(map).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/2026.*· 2\.0 KB/);
    expect(items[1]).toHaveTextContent(/2026.*· 900 bytes/);
  });

  it('restores a backup as a new map and opens it', async () => {
    const { onOpenMap } = withBackups();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Backups…' }));
    const dialog = screen.getByRole('dialog', { name: 'Backups' });
    const [first] = await within(dialog).findAllByRole('button', {
      name: /^Restore Deleted panel map from /,
    });
    await user.click(first as HTMLElement);
    expect(await within(dialog).findByText(/as a new map\.$/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Open map' }));

    await waitFor(() => expect(onOpenMap).toHaveBeenCalledOnce());
    const mapId = String(onOpenMap.mock.calls[0]?.[0]);
    expect(mapId).not.toBe('gone');
    const bundle = await loadBundle(mapId);
    expect(bundle?.map.name).toMatch(/^Deleted panel map \(backup of .*2026.*\)$/);
    expect(bundle?.nodes.map((node) => node.label).sort()).toEqual(['Jane Smith', 'Panel']);
  });

  it('undoes a restore as a new map by taking the new map away again', async () => {
    withBackups();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Backups…' }));
    const dialog = screen.getByRole('dialog', { name: 'Backups' });
    const [first] = await within(dialog).findAllByRole('button', {
      name: /^Restore Deleted panel map from /,
    });
    await user.click(first as HTMLElement);
    await waitFor(async () => expect(await db.maps.count()).toBe(1));

    await user.click(await within(dialog).findByRole('button', { name: 'Undo restore' }));
    await waitFor(async () => expect(await db.maps.count()).toBe(0));
    expect(await db.nodes.count()).toBe(0);
  });

  it('replaces a map with its backup after keeping its state as a snapshot, and undoes it', async () => {
    await saveNewBundle(
      rehomeBundle(aBundle(), 'gone', 'Current panel map', '2026-11-27T10:00:00.000Z'),
    );
    await db.nodes.update(['gone', 'n1'], { label: 'Edited since the backup' });
    const before = await loadBundle('gone');
    withBackups();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Backups…' }));
    const dialog = screen.getByRole('dialog', { name: 'Backups' });
    const [replace] = await within(dialog).findAllByRole('button', {
      name: /^Replace Current panel map with the backup of /,
    });
    await user.click(replace as HTMLElement);

    expect(
      await within(dialog).findByText(/^Replaced Current panel map with the backup of .*snapshot/),
    ).toBeInTheDocument();
    // The map keeps its id and name; its contents are the backup's.
    expect(await db.maps.count()).toBe(1);
    const after = await loadBundle('gone');
    expect(after?.map.name).toBe('Current panel map');
    expect(after?.nodes.map((node) => node.label).sort()).toEqual(['Jane Smith', 'Panel']);
    // The state it had is kept as a snapshot, which holds the edit made since the backup.
    const [kept] = await recordsOfMap(db.snapshots, 'gone').toArray();
    expect(kept?.name).toMatch(/^Before restoring the backup of /);
    expect(kept?.text).toContain('Edited since the backup');

    await user.click(within(dialog).getByRole('button', { name: 'Undo restore' }));
    await waitFor(async () => expect((await loadBundle('gone'))?.nodes).toEqual(before?.nodes));
    expect((await loadBundle('gone'))?.relationships).toEqual(before?.relationships);
  });

  it('Restore never overwrites the map a backup came from', async () => {
    await saveNewBundle(
      rehomeBundle(aBundle(), 'gone', 'Current panel map', '2026-11-27T10:00:00.000Z'),
    );
    withBackups();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Backups…' }));
    const [first] = await screen.findAllByRole('button', {
      name: /^Restore Deleted panel map from /,
    });
    await user.click(first as HTMLElement);
    await waitFor(async () => expect(await db.maps.count()).toBe(2));
    expect((await db.maps.get('gone'))?.name).toBe('Current panel map');
  });

  it('refuses a broken backup with every problem, changing nothing', async () => {
    withBackups();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Backups…' }));
    const buttons = await screen.findAllByRole('button', {
      name: /^Restore Deleted panel map from /,
    });
    await user.click(buttons[1] as HTMLElement);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be restored: nothing has been changed/);
    expect(alert).toHaveTextContent(/map/);
    expect(await db.maps.count()).toBe(0);
  });

  it('says so when the backups cannot be listed', async () => {
    const { backups } = withBackups();
    vi.mocked(backups.list).mockRejectedValueOnce(new Error('EACCES: permission denied'));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Backups…' }));
    expect(
      await screen.findByText(/could not be listed: EACCES: permission denied/),
    ).toBeInTheDocument();
  });

  it('says when there are no backups yet', async () => {
    const { backups } = withBackups();
    backups.maps = [];
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Backups…' }));
    expect(await screen.findByText(/No backups yet/)).toBeInTheDocument();
  });
});
