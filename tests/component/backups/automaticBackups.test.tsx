// Desktop backups happen by themselves: a changed map is sent to the main process a few seconds
// after its last change and at once when its editor closes, and maps changed while the app was
// not running (or was killed before its timer fired) are backed up at start-up.

import { render, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseStakemapFile } from '@shared/format';
import { db } from '../../../renderer/data/db';
import { rehomeBundle, renameMap, saveNewBundle } from '../../../renderer/data/mapRepository';
import { useAutomaticBackups } from '../../../renderer/features/backups/useAutomaticBackups';
import type { HostBackups } from '../../../renderer/platform/host';
import { aBundle } from '../../factories/records';
import { fakeBackups } from './fakeBackups';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveNewBundle(rehomeBundle(aBundle(), 'm1', 'Data panel', '2026-01-01T00:00:00.000Z'));
});

function Backups(props: {
  backups: HostBackups | undefined;
  openMapId: string | null;
  delayMs: number;
}) {
  useAutomaticBackups(props.backups, props.openMapId, props.delayMs);
  return null;
}

const WAIT = { timeout: 10_000 };

describe('automatic backups', { timeout: 30_000 }, () => {
  it('backs up, at start-up, a map that has no backup yet', async () => {
    const backups = fakeBackups();
    render(<Backups backups={backups} openMapId={null} delayMs={50} />);
    await waitFor(() => expect(backups.written).toHaveLength(1), WAIT);
    const [written] = backups.written;
    expect(written).toMatchObject({
      mapId: 'm1',
      mapName: 'Data panel',
      mapUpdatedAt: '2026-01-01T00:00:00.000Z',
    });
    const parsed = parseStakemapFile(written?.contents ?? '');
    expect(parsed.ok && parsed.value.nodes.map((node) => node.label).sort()).toEqual([
      'Jane Smith',
      'Panel',
    ]);
  });

  it('skips, at start-up, a map whose newest backup is current', async () => {
    const backups = fakeBackups();
    backups.maps = [
      { mapId: 'm1', mapName: 'Data panel', mapUpdatedAt: '2026-01-01T00:00:00.000Z', backups: [] },
    ];
    render(<Backups backups={backups} openMapId={null} delayMs={50} />);
    await waitFor(() => expect(backups.list).toHaveBeenCalled(), WAIT);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(backups.written).toEqual([]);
  });

  it('backs a map up a little after it changes', async () => {
    const backups = fakeBackups();
    backups.maps = [
      { mapId: 'm1', mapName: 'Data panel', mapUpdatedAt: '2026-01-01T00:00:00.000Z', backups: [] },
    ];
    render(<Backups backups={backups} openMapId="m1" delayMs={100} />);
    await waitFor(() => expect(backups.list).toHaveBeenCalled(), WAIT);
    await renameMap('m1', 'Renamed panel');
    await waitFor(
      () => expect(backups.written.map((w) => w.mapName)).toEqual(['Renamed panel']),
      WAIT,
    );
  });

  it('backs up at once when the editor closes', async () => {
    const backups = fakeBackups();
    backups.maps = [
      { mapId: 'm1', mapName: 'Data panel', mapUpdatedAt: '2026-01-01T00:00:00.000Z', backups: [] },
    ];
    const view = render(<Backups backups={backups} openMapId="m1" delayMs={60_000} />);
    await waitFor(() => expect(backups.list).toHaveBeenCalled(), WAIT);
    await renameMap('m1', 'Closed soon');
    // The change has been seen (a timer waits a minute), then the editor closes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    view.rerender(<Backups backups={backups} openMapId={null} delayMs={60_000} />);
    await waitFor(
      () => expect(backups.written.map((w) => w.mapName)).toEqual(['Closed soon']),
      WAIT,
    );
  });

  it('does nothing without a backups host (the browser)', async () => {
    render(<Backups backups={undefined} openMapId="m1" delayMs={10} />);
    await renameMap('m1', 'Browser edit');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await db.maps.count()).toBe(1);
  });
});
