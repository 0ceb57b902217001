// Undo and redo through the real repositories: twenty mixed edits undone leave the map exactly as
// before, redone exactly as after.

import { beforeEach, describe, expect, it } from 'vitest';
import {
  addNodeCommand,
  addRelationshipCommand,
  deleteNodesCommand,
  deleteRelationshipCommand,
  editNodeCommand,
  editRelationshipCommand,
  moveNodesCommand,
} from '../../../renderer/commands/mapCommands';
import { db } from '../../../renderer/data/db';
import { createMap, loadBundle } from '../../../renderer/data/mapRepository';
import { HISTORY_LIMIT, historyDepth, redo, undo } from '../../../renderer/state/history';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function contents(mapId: string) {
  const bundle = await loadBundle(mapId);
  const strip = <T extends { updatedAt: string }>(record: T) => ({ ...record, updatedAt: '' });
  return {
    nodes: (bundle?.nodes ?? []).map(strip).sort((a, b) => a.id.localeCompare(b.id)),
    relationships: (bundle?.relationships ?? [])
      .map(strip)
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe('map commands', () => {
  it('undoes and redoes twenty mixed edits exactly', async () => {
    const map = await createMap('Undo test');
    const a = await addNodeCommand(map.id, 'person', 'Ann', { x: 0, y: 0 });
    const before = await contents(map.id);
    const b = await addNodeCommand(map.id, 'organisation', 'Org', { x: 100, y: 0 });
    const c = await addNodeCommand(map.id, 'event', 'Workshop', { x: 0, y: 100 });
    const ab = await addRelationshipCommand(map.id, a.id, b.id, 'works-for');
    const ac = await addRelationshipCommand(map.id, a.id, c.id, 'attends');
    await editNodeCommand(map.id, a.id, { label: 'Ann Jones' });
    await editNodeCommand(map.id, b.id, { tags: ['council', 'lead'] });
    await editNodeCommand(map.id, c.id, { description: 'February' });
    await moveNodesCommand(map.id, [{ id: a.id, position: { x: 5, y: 5 } }]);
    await moveNodesCommand(map.id, [
      { id: b.id, position: { x: 50, y: 50 } },
      { id: c.id, position: { x: -50, y: 50 } },
    ]);
    await editRelationshipCommand(map.id, ab.id, { directed: false, label: 'employed by' });
    await editRelationshipCommand(map.id, ac.id, { attendance: 'confirmed' });
    const d = await addNodeCommand(map.id, 'channel', 'Wiki', { x: 200, y: 200 });
    await addRelationshipCommand(map.id, b.id, d.id, 'uses-channel');
    await deleteNodesCommand(map.id, [b.id]);
    await editNodeCommand(map.id, d.id, { kind: 'community' });
    await deleteRelationshipCommand(map.id, ac.id);
    await editNodeCommand(map.id, a.id, { notes: 'Met at panel' });
    await moveNodesCommand(map.id, [{ id: d.id, position: { x: 1, y: 2 } }]);
    await editNodeCommand(map.id, c.id, { label: 'LDEx workshop' });
    const after = await contents(map.id);
    expect(historyDepth(map.id).past).toBe(20);

    for (let step = 0; step < 19; step += 1) await undo(map.id);
    expect(await contents(map.id)).toEqual(before);
    for (let step = 0; step < 19; step += 1) await redo(map.id);
    expect(await contents(map.id)).toEqual(after);
  });

  it('brings back a deleted node with the relationships it took', async () => {
    const map = await createMap('Delete test');
    const a = await addNodeCommand(map.id, 'person', 'A', { x: 0, y: 0 });
    const b = await addNodeCommand(map.id, 'network', 'B', { x: 0, y: 0 });
    await addRelationshipCommand(map.id, a.id, b.id, 'member-of');
    await deleteNodesCommand(map.id, [b.id]);
    expect(await db.relationships.count()).toBe(0);
    expect(await undo(map.id)).toBe('delete B');
    expect(await db.nodes.count()).toBe(2);
    expect(await db.relationships.count()).toBe(1);
  });

  it('keeps at least 200 steps and forgets the oldest first', async () => {
    const map = await createMap('Long history');
    const node = await addNodeCommand(map.id, 'person', 'P', { x: 0, y: 0 });
    for (let step = 0; step < HISTORY_LIMIT + 5; step += 1) {
      await moveNodesCommand(map.id, [{ id: node.id, position: { x: step, y: 0 } }]);
    }
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    expect(historyDepth(map.id).past).toBe(HISTORY_LIMIT);
  });

  it('a new change clears what could be redone', async () => {
    const map = await createMap('Redo test');
    const node = await addNodeCommand(map.id, 'person', 'P', { x: 0, y: 0 });
    await editNodeCommand(map.id, node.id, { label: 'Q' });
    await undo(map.id);
    expect(historyDepth(map.id).future).toBe(1);
    await editNodeCommand(map.id, node.id, { label: 'R' });
    expect(historyDepth(map.id).future).toBe(0);
    expect(await redo(map.id)).toBeNull();
  });
});
