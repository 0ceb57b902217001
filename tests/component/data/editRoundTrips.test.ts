// An edit is saved only once every IndexedDB request it waits on has come back, and each wait is a
// round trip between the page and the database (on a busy laptop, several milliseconds each). An
// inspector edit reads the node and the map together and writes them together: two waits, where
// reading and writing one after the other took five. The other writes mark the map changed beside
// their records too (mapStamp.ts) rather than after them.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editNodeCommand } from '../../../renderer/commands/mapCommands';
import { installStaleHistoryGuard } from '../../../renderer/commands/staleHistoryGuard';
import { db, StakemapDatabase } from '../../../renderer/data/db';
import { createMap } from '../../../renderer/data/mapRepository';
import { addInteraction, updateInteraction } from '../../../renderer/data/interactionRepository';
import { addNode, deleteNodes, restoreRecords } from '../../../renderer/data/nodeRepository';
import {
  addRelationship,
  deleteRelationship,
  updateRelationship,
} from '../../../renderer/data/relationshipRepository';
import { changedElsewhere } from '../../../renderer/data/ownWrites';
import { countWaves } from './requestWaves';

let waves: ReturnType<typeof countWaves> | null = null;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  vi.useRealTimers();
  waves?.stop();
  waves = null;
});

describe('saving an inspector edit', () => {
  it('waits on IndexedDB twice: node and map read together, then written together', async () => {
    const map = await createMap('Programme');
    const node = await addNode(map.id, 'person', 'Ada', { x: 0, y: 0 });
    waves = countWaves();
    await editNodeCommand(map.id, node.id, { label: 'Ada Lovelace' });
    expect(waves.deepest()).toBe(2);
    expect((await db.nodes.get([map.id, node.id]))?.label).toBe('Ada Lovelace');
  });

  it('still marks the map changed, as this window’s own change', async () => {
    installStaleHistoryGuard();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T09:00:00Z'));
    const map = await createMap('Programme');
    const node = await addNode(map.id, 'person', 'Ada', { x: 0, y: 0 });
    // Another window (its own connection) changes the map: undo here would overwrite that.
    const other = new StakemapDatabase();
    await other.maps.update(map.id, { updatedAt: '2026-11-27T09:02:00.000Z' });
    other.close();
    expect(await changedElsewhere(map.id)).toBe(true);
    vi.setSystemTime(new Date('2026-11-27T09:05:00Z'));
    await editNodeCommand(map.id, node.id, { label: 'Ada Lovelace' });
    expect((await db.maps.get(map.id))?.updatedAt).toBe('2026-11-27T09:05:00.000Z');
    // The newest change is now this window's own, so undo is allowed again.
    expect(await changedElsewhere(map.id)).toBe(false);
  });
});

describe('the other writes to a map', () => {
  async function aSmallMap() {
    const map = await createMap('Programme');
    const ada = await addNode(map.id, 'person', 'Ada', { x: 0, y: 0 });
    const panel = await addNode(map.id, 'network', 'Panel', { x: 100, y: 0 });
    const link = await addRelationship(map.id, ada.id, panel.id, 'member-of');
    return { mapId: map.id, ada, panel, link };
  }

  it('edit a relationship in two waits, and mark the map changed with it', async () => {
    const { mapId, link } = await aSmallMap();
    vi.useFakeTimers({ toFake: ['Date'] });
    // Later than the map was made: a map's stamp only moves forward (mapStamp.ts).
    vi.setSystemTime(new Date('2099-11-27T12:00:00Z'));
    waves = countWaves();
    await updateRelationship(mapId, link.id, { label: 'chairs' });
    expect(waves.deepest()).toBe(2);
    expect(await db.relationships.get([mapId, link.id])).toMatchObject({
      label: 'chairs',
      updatedAt: '2099-11-27T12:00:00.000Z',
    });
    expect((await db.maps.get(mapId))?.updatedAt).toBe('2099-11-27T12:00:00.000Z');
  });

  it('delete a relationship in two waits', async () => {
    const { mapId, link } = await aSmallMap();
    waves = countWaves();
    const removed = await deleteRelationship(mapId, link.id);
    expect(waves.deepest()).toBe(2);
    expect(removed?.id).toBe(link.id);
    expect(await db.relationships.count()).toBe(0);
  });

  it('delete a node with its relationships, and put them back, in two waits each', async () => {
    const { mapId, ada } = await aSmallMap();
    await addInteraction(mapId, { nodeIds: [ada.id], summary: 'Coffee', date: '2026-11-20' });
    waves = countWaves();
    const removed = await deleteNodes(mapId, [ada.id]);
    expect(waves.deepest()).toBe(2);
    expect(await db.nodes.count()).toBe(1);
    expect(await db.relationships.count()).toBe(0);
    expect(await db.interactions.count()).toBe(0);
    waves.stop();

    waves = countWaves();
    await restoreRecords(mapId, removed);
    expect(waves.deepest()).toBe(2);
    expect(await db.nodes.count()).toBe(2);
    expect(await db.relationships.count()).toBe(1);
    expect(await db.interactions.count()).toBe(1);
  });

  it('edit a contact-log entry in two waits', async () => {
    const { mapId, ada } = await aSmallMap();
    const entry = await addInteraction(mapId, {
      nodeIds: [ada.id],
      summary: 'Coffee',
      date: '2026-11-20',
    });
    waves = countWaves();
    await updateInteraction(mapId, entry.id, { summary: 'Coffee and a demo' });
    expect(waves.deepest()).toBe(2);
    expect((await db.interactions.get([mapId, entry.id]))?.summary).toBe('Coffee and a demo');
  });
});
