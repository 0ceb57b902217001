// A window whose map was changed elsewhere since its own last change cannot undo or redo over that
// newer work. "Elsewhere" is a second connection to the same database, as another window or tab
// has: its writes do not pass through this window's hooks.

import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addNodeCommand, editNodeCommand } from '../../../renderer/commands/mapCommands';
import { installStaleHistoryGuard } from '../../../renderer/commands/staleHistoryGuard';
import { db, StakemapDatabase } from '../../../renderer/data/db';
import { createMap } from '../../../renderer/data/mapRepository';
import { historyDepth, redo, StaleHistoryError, undo } from '../../../renderer/state/history';

beforeAll(() => installStaleHistoryGuard());

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** Renames a node from another window: its own connection, its own later timestamp. */
async function renameElsewhere(mapId: string, nodeId: string, label: string): Promise<void> {
  const other = new StakemapDatabase();
  try {
    const stored = await other.maps.get(mapId);
    // A later moment than any write made here, as it would be in real time.
    const later = new Date(Date.parse(stored?.updatedAt ?? '') + 1000).toISOString();
    await other.transaction('rw', other.maps, other.nodes, async () => {
      await other.nodes.update([mapId, nodeId], { label, updatedAt: later });
      await other.maps.update(mapId, { updatedAt: later });
    });
  } finally {
    other.close();
  }
}

const labelOf = async (mapId: string, id: string) => (await db.nodes.get([mapId, id]))?.label;

describe('undo after another window changed the map', () => {
  it('refuses to write older values over the newer change, and clears this window’s history', async () => {
    const map = await createMap('Shared');
    const node = await addNodeCommand(map.id, 'person', 'Ada', { x: 0, y: 0 });
    await editNodeCommand(map.id, node.id, { label: 'Ada Lovelace' });
    await renameElsewhere(map.id, node.id, 'Ada King');

    await expect(undo(map.id)).rejects.toBeInstanceOf(StaleHistoryError);
    expect(await labelOf(map.id, node.id)).toBe('Ada King');
    expect(historyDepth(map.id)).toEqual({ past: 0, future: 0 });
  });

  it('refuses redo too', async () => {
    const map = await createMap('Shared');
    const node = await addNodeCommand(map.id, 'person', 'Ada', { x: 0, y: 0 });
    await editNodeCommand(map.id, node.id, { label: 'Ada Lovelace' });
    await undo(map.id);
    await renameElsewhere(map.id, node.id, 'Ada King');

    await expect(redo(map.id)).rejects.toBeInstanceOf(StaleHistoryError);
    expect(await labelOf(map.id, node.id)).toBe('Ada King');
  });

  it('undoes as usual when nothing else wrote, or another map changed', async () => {
    const map = await createMap('Mine');
    const elsewhere = await createMap('Theirs');
    const theirs = await addNodeCommand(elsewhere.id, 'person', 'Grace', { x: 0, y: 0 });
    const node = await addNodeCommand(map.id, 'person', 'Ada', { x: 0, y: 0 });
    await editNodeCommand(map.id, node.id, { label: 'Ada Lovelace' });
    await renameElsewhere(elsewhere.id, theirs.id, 'Grace Hopper');

    await expect(undo(map.id)).resolves.toBe('edit node');
    expect(await labelOf(map.id, node.id)).toBe('Ada');
  });
});
