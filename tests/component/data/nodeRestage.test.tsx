// A bulk change to most of a large map's nodes (a layout, its undo) is stored as a few parts
// instead of a record per node, then expanded back. These tests hold it to what the user relies
// on: every position kept, every read seeing each node once, and no edit made meanwhile lost.

import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MapBundle, Position } from '@shared/domain/types';
import { db, StakemapDatabase } from '../../../renderer/data/db';
import { useMapNodes } from '../../../renderer/data/hooks';
import { forgetAllKnownRecords } from '../../../renderer/data/knownRecords';
import { recordsOfMap } from '../../../renderer/data/mapRange';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { shouldRestage } from '../../../renderer/data/nodeRestage';
import { moveNodes, updateNode } from '../../../renderer/data/nodeRepository';
import { whenMapWritable } from '../../../renderer/data/stagedExpansion';
import {
  countMapRecords,
  readMapRecords,
  splitIntoParts,
  STAGE_FROM_RECORDS,
} from '../../../renderer/data/stagedParts';
import { aBundle, aMap, aNode, aRelationship } from '../../factories/records';

const NODES = 3000;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  forgetAllKnownRecords();
});

let nextMap = 0;

/** A map of NODES nodes, stored one record per node as an opened and expanded map is. */
async function aStoredLargeMap(): Promise<MapBundle> {
  const mapId = `bulk-${nextMap++}`;
  const bundle = aBundle({
    map: aMap({ id: mapId }),
    nodes: Array.from({ length: NODES }, (_, index) =>
      aNode({ id: `n${index}`, mapId, position: { x: index, y: 0 } }),
    ),
    relationships: [],
  });
  await saveNewBundle(bundle);
  await whenMapWritable(mapId);
  expect(await recordsOfMap(db.nodes, mapId).count()).toBe(NODES);
  return bundle;
}

/** Every node moved: a layout's write. */
function laidOut(bundle: MapBundle, at: (index: number) => Position) {
  return bundle.nodes.map((node, index) => ({ id: node.id, position: at(index) }));
}

/** What nodeRestage.ts writes for a layout putting every node at `at`, from another window. */
async function restageFromAnotherWindow(bundle: MapBundle, at: Position): Promise<void> {
  const mapId = bundle.map.id;
  const other = new StakemapDatabase();
  try {
    await other.transaction('rw', other.maps, other.nodes, other.stagedParts, async () => {
      const records = other.nodes.where(':id').between([mapId, ''], [mapId, '\uffff']);
      const moved = (await records.toArray()).map((node) => ({ ...node, position: at }));
      await records.delete();
      await other.stagedParts.bulkAdd(splitIntoParts(mapId, moved, []));
      await other.maps.put({ ...bundle.map, updatedAt: '2026-11-29T00:00:00.000Z' });
    });
  } finally {
    other.close();
  }
}

const positionOf = (nodes: ReadonlyArray<{ id: string; position: Position }>, id: string) =>
  nodes.find((node) => node.id === id)?.position;

describe('a layout of a large map', () => {
  it('is stored as a few parts, read back with every new position and counted once', async () => {
    const bundle = await aStoredLargeMap();
    const mapId = bundle.map.id;

    const previous = await moveNodes(
      mapId,
      laidOut(bundle, (i) => ({ x: 0, y: i * 10 })),
    );

    expect(previous).toHaveLength(NODES);
    expect(positionOf(previous, 'n7')).toEqual({ x: 7, y: 0 });
    expect(await recordsOfMap(db.nodes, mapId).count()).toBe(0);
    expect(await db.stagedParts.count()).toBe(3);
    const nodes = await readMapRecords(db.nodes, mapId);
    expect(nodes).toHaveLength(NODES);
    expect(positionOf(nodes, 'n7')).toEqual({ x: 0, y: 70 });
    expect(await countMapRecords(db.nodes, mapId)).toBe(NODES);
    expect((await db.maps.get(mapId))?.updatedAt).not.toBe(bundle.map.updatedAt);
  });

  it('is expanded back into records afterwards, positions and all', async () => {
    const bundle = await aStoredLargeMap();
    const mapId = bundle.map.id;
    await moveNodes(
      mapId,
      laidOut(bundle, (i) => ({ x: -i, y: 5 })),
    );

    await whenMapWritable(mapId);

    expect(await db.stagedParts.count()).toBe(0);
    const records = await recordsOfMap(db.nodes, mapId).toArray();
    expect(records).toHaveLength(NODES);
    expect(positionOf(records, 'n2999')).toEqual({ x: -2999, y: 5 });
  });

  it('keeps an edit made while it is being saved, after it and on the moved node', async () => {
    const bundle = await aStoredLargeMap();
    const mapId = bundle.map.id;

    const [, edit] = await Promise.all([
      moveNodes(
        mapId,
        laidOut(bundle, (i) => ({ x: i, y: 99 })),
      ),
      updateNode(mapId, 'n42', { label: 'Ada Lovelace' }),
    ]);

    expect(edit).toEqual({ label: 'Jane Smith' });
    expect(await db.stagedParts.count()).toBe(0);
    expect(await db.nodes.get([mapId, 'n42'])).toMatchObject({
      label: 'Ada Lovelace',
      position: { x: 42, y: 99 },
    });
    expect(await readMapRecords(db.nodes, mapId)).toHaveLength(NODES);
  });

  it('runs after the one before it, so undoing a layout at once puts every node back', async () => {
    const bundle = await aStoredLargeMap();
    const mapId = bundle.map.id;

    const layout = moveNodes(
      mapId,
      laidOut(bundle, () => ({ x: 1, y: 1 })),
    );
    const undo = layout.then((previous) => moveNodes(mapId, previous));
    const [, redoneFrom] = await Promise.all([layout, undo]);

    expect(positionOf(redoneFrom, 'n5')).toEqual({ x: 1, y: 1 });
    // The undo replaced the layout's parts rather than adding its own beside them.
    expect(await db.stagedParts.count()).toBeLessThanOrEqual(3);
    const nodes = await readMapRecords(db.nodes, mapId);
    expect(nodes).toHaveLength(NODES);
    expect(positionOf(nodes, 'n5')).toEqual({ x: 5, y: 0 });
    await whenMapWritable(mapId);
    expect(positionOf(await recordsOfMap(db.nodes, mapId).toArray(), 'n5')).toEqual({
      x: 5,
      y: 0,
    });
  });

  it('shows in the views before the parts are expanded, also when another window ran it', async () => {
    const bundle = await aStoredLargeMap();
    const mapId = bundle.map.id;
    const shown = renderHook(() => useMapNodes(mapId));
    await waitFor(() => expect(shown.result.current).toHaveLength(NODES));

    // Nothing in this window expands the other window's parts.
    await restageFromAnotherWindow(bundle, { x: 3, y: 4 });

    await waitFor(() =>
      expect(positionOf(shown.result.current ?? [], 'n9')).toEqual({ x: 3, y: 4 }),
    );
    expect(shown.result.current).toHaveLength(NODES);
    expect(await db.stagedParts.count()).toBe(3);
    shown.unmount();
  });
});

describe('a layout of a large import not yet expanded', () => {
  it('replaces its node parts without waiting, and keeps its relationships', async () => {
    const mapId = `bulk-${nextMap++}`;
    const ids = Array.from({ length: NODES }, (_, index) => `n${index}`);
    const bundle = aBundle({
      map: aMap({ id: mapId }),
      nodes: ids.map((id) => aNode({ id, mapId })),
      relationships: ids.map((id, index) =>
        aRelationship({ id: `r${id}`, mapId, sourceId: id, targetId: ids[(index + 1) % NODES] }),
      ),
    });
    await saveNewBundle(bundle);
    const partsBefore = await db.stagedParts.count();

    await moveNodes(
      mapId,
      laidOut(bundle, (i) => ({ x: i, y: -i })),
    );

    // Three node parts out, three in, numbered after the relationships' parts.
    expect(await db.stagedParts.count()).toBe(partsBefore);
    const nodes = await readMapRecords(db.nodes, mapId);
    expect(nodes.map((node) => node.id)).toEqual(ids.slice().sort());
    expect(positionOf(nodes, 'n12')).toEqual({ x: 12, y: -12 });
    expect(await readMapRecords(db.relationships, mapId)).toHaveLength(NODES);

    await whenMapWritable(mapId);
    expect(await db.stagedParts.count()).toBe(0);
    expect(await recordsOfMap(db.relationships, mapId).count()).toBe(NODES);
    expect(positionOf(await recordsOfMap(db.nodes, mapId).toArray(), 'n12')).toEqual({
      x: 12,
      y: -12,
    });
  });
});

describe('an edit in this window after another window laid the map out', () => {
  it('waits for the other window’s parts and lands on the moved node', async () => {
    const bundle = await aStoredLargeMap();
    const mapId = bundle.map.id;
    // This window has written to the map, so it believes its records all stored.
    await updateNode(mapId, 'n1', { notes: 'First' });
    await restageFromAnotherWindow(bundle, { x: 8, y: 9 });

    const previous = await updateNode(mapId, 'n1', { notes: 'Second' });

    expect(previous).toEqual({ notes: 'First' });
    expect(await db.stagedParts.count()).toBe(0);
    expect(await db.nodes.get([mapId, 'n1'])).toMatchObject({
      notes: 'Second',
      position: { x: 8, y: 9 },
    });
    expect(await readMapRecords(db.nodes, mapId)).toHaveLength(NODES);
  });
});

describe('which bulk changes are stored as parts', () => {
  it('is a large change to at least half of the map’s nodes', () => {
    expect(shouldRestage(STAGE_FROM_RECORDS, STAGE_FROM_RECORDS)).toBe(true);
    expect(shouldRestage(5000, 10_000)).toBe(true);
    expect(shouldRestage(STAGE_FROM_RECORDS - 1, STAGE_FROM_RECORDS - 1)).toBe(false);
    expect(shouldRestage(5000, 10_001)).toBe(false);
  });
});
