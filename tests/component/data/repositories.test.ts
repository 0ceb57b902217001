// The repositories against an in-memory IndexedDB: every write is one transaction, deletes take
// dependants with them, and nothing of one map leaks into another.

import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { recordsOfMap } from '../../../renderer/data/mapRange';
import {
  createMap,
  deleteMap,
  duplicateMap,
  loadBundle,
  rehomeBundle,
  renameMap,
  saveNewBundle,
} from '../../../renderer/data/mapRepository';
import { addNode, deleteNodes, moveNodes, updateNode } from '../../../renderer/data/nodeRepository';
import { addRelationship } from '../../../renderer/data/relationshipRepository';
import { getSaveStatus } from '../../../renderer/data/saveStatus';
import { aBundle, aMap, aNode } from '../../factories/records';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('maps', () => {
  it('creates a map with a cleaned name, and names a blank one "Untitled map"', async () => {
    const named = await createMap('  Panel   engagement ');
    const blank = await createMap('   ');
    expect((await db.maps.get(named.id))?.name).toBe('Panel engagement');
    expect((await db.maps.get(blank.id))?.name).toBe('Untitled map');
  });

  it('renames a map and marks it changed', async () => {
    const map = await createMap('Old');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await renameMap(map.id, 'New');
    const stored = await db.maps.get(map.id);
    expect(stored?.name).toBe('New');
    expect(stored && stored.updatedAt > map.updatedAt).toBe(true);
  });

  it('duplicates a map with all its contents under a new id', async () => {
    await saveNewBundle(aBundle());
    const copy = await duplicateMap('map-1');
    expect(copy?.name).toBe('Test map (copy)');
    const copied = await loadBundle(copy?.id ?? '');
    expect(copied?.nodes.map((node) => node.label).sort()).toEqual(['Jane Smith', 'Panel']);
    expect(copied?.relationships).toHaveLength(1);
    expect(copied?.nodes.every((node) => node.mapId === copy?.id)).toBe(true);
    expect((await loadBundle('map-1'))?.nodes).toHaveLength(2);
  });

  it('deletes a map and everything in it, leaving other maps alone', async () => {
    await saveNewBundle(aBundle());
    await saveNewBundle(rehomeBundle(aBundle(), 'map-2', 'Other', '2026-01-02T00:00:00.000Z'));
    await deleteMap('map-1');
    expect(await db.maps.get('map-1')).toBeUndefined();
    expect(await recordsOfMap(db.nodes, 'map-1').count()).toBe(0);
    expect(await recordsOfMap(db.relationships, 'map-1').count()).toBe(0);
    expect(await db.maps.get('map-2')).toBeDefined();
    expect(await recordsOfMap(db.nodes, 'map-2').count()).toBe(2);
  });

  it('writes nothing when one record of an import fails', async () => {
    const bundle = aBundle();
    const duplicateIds = { ...bundle, nodes: [...bundle.nodes, bundle.nodes[0]!] };
    await expect(saveNewBundle(duplicateIds)).rejects.toThrow();
    expect(await db.maps.count()).toBe(0);
    expect(await db.nodes.count()).toBe(0);
    expect(getSaveStatus().lastError).toMatch(/could not be saved/);
  });
});

describe('nodes and relationships', () => {
  it('adds, edits and moves a node, and the map records the change', async () => {
    const map = await createMap('Map');
    const node = await addNode(map.id, 'organisation', ' CLG ', { x: 10, y: 20 });
    await updateNode(map.id, node.id, { description: 'Department', tags: ['central'] });
    await moveNodes(map.id, [{ id: node.id, position: { x: 300, y: -40 } }]);
    const stored = await db.nodes.get([map.id, node.id]);
    expect(stored).toMatchObject({
      label: 'CLG',
      kind: 'organisation',
      description: 'Department',
      tags: ['central'],
      position: { x: 300, y: -40 },
    });
    expect(getSaveStatus()).toEqual({ pending: 0, lastError: null });
  });

  it('moves a whole layout of nodes in one step, and says where each one was', async () => {
    const nodes = Array.from({ length: 700 }, (_, index) =>
      aNode({ id: `n${index}`, position: { x: index, y: 0 } }),
    );
    const bundle = aBundle({ nodes, relationships: [] });
    await saveNewBundle(bundle);

    const previous = await moveNodes(
      bundle.map.id,
      nodes.map((node, index) => ({ id: node.id, position: { x: 0, y: index } })),
    );

    const stored = await recordsOfMap(db.nodes, bundle.map.id).toArray();
    expect(stored).toHaveLength(700);
    expect(stored.every((node) => node.position.x === 0)).toBe(true);
    expect(previous).toHaveLength(700);
    expect(previous.find((move) => move.id === 'n650')?.position).toEqual({ x: 650, y: 0 });
  });

  it('moves many nodes of one map without touching its others, another map, or nodes gone meanwhile', async () => {
    const bundleOf = (mapId: string) =>
      aBundle({
        map: aMap({ id: mapId }),
        nodes: Array.from({ length: 800 }, (_, index) =>
          aNode({ id: `n${index}`, mapId, position: { x: index, y: 0 } }),
        ),
        relationships: [],
      });
    const moved = bundleOf('moved');
    const other = bundleOf('other');
    await saveNewBundle(moved);
    await saveNewBundle(other);
    const moves = Array.from({ length: 600 }, (_, index) => ({
      id: `n${index}`,
      position: { x: -1, y: index },
    }));

    const previous = await moveNodes(moved.map.id, [
      ...moves,
      { id: 'gone', position: { x: -1, y: -1 } },
    ]);

    const byId = async (mapId: string) =>
      new Map((await recordsOfMap(db.nodes, mapId).toArray()).map((node) => [node.id, node]));
    const movedNow = await byId(moved.map.id);
    const otherNow = await byId(other.map.id);
    expect(movedNow.size).toBe(800);
    expect(movedNow.get('n599')?.position).toEqual({ x: -1, y: 599 });
    expect(movedNow.get('n600')?.position).toEqual({ x: 600, y: 0 });
    expect(movedNow.has('gone')).toBe(false);
    expect([...otherNow.values()].every((node) => node.position.x !== -1)).toBe(true);
    expect(previous).toHaveLength(600);
    expect(previous.find((move) => move.id === 'n599')?.position).toEqual({ x: 599, y: 0 });
  });

  it('deletes a node with every relationship that touches it, and no other', async () => {
    const map = await createMap('Map');
    const a = await addNode(map.id, 'person', 'A', { x: 0, y: 0 });
    const b = await addNode(map.id, 'network', 'B', { x: 0, y: 0 });
    const c = await addNode(map.id, 'event', 'C', { x: 0, y: 0 });
    await addRelationship(map.id, a.id, b.id, 'member-of');
    await addRelationship(map.id, c.id, a.id, 'organises');
    const kept = await addRelationship(map.id, b.id, c.id, 'organises');
    const removed = await deleteNodes(map.id, [a.id]);
    expect(removed.relationships).toHaveLength(2);
    expect(removed.nodes.map((node) => node.label)).toEqual(['A']);
    const left = await recordsOfMap(db.relationships, map.id).toArray();
    expect(left.map((rel) => rel.id)).toEqual([kept.id]);
    expect(await recordsOfMap(db.nodes, map.id).count()).toBe(2);
  });

  it('gives a new attends relationship the status "invited"', async () => {
    const map = await createMap('Map');
    const rel = await addRelationship(map.id, 'x', 'y', 'attends');
    expect(rel.attendance).toBe('invited');
  });
});
