// A map's nodes and relationships kept as one record for opening it: kept only from records read
// at the map's current stamp, used only while the map still has that stamp, deleted by every
// write to the nodes or relationships and with the map, and, when used, checked against the
// records once the page is idle.

import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { useMapNodes } from '../../../renderer/data/hooks';
import { forgetAllKnownRecords } from '../../../renderer/data/knownRecords';
import { createMap, deleteMap } from '../../../renderer/data/mapRepository';
import { stampAfter } from '../../../renderer/data/mapStamp';
import { addNode, updateNode } from '../../../renderer/data/nodeRepository';
import {
  keepOpenCopy,
  MAX_COPIED_RECORDS,
  openingRecords,
} from '../../../renderer/data/openCopies';
import { addInteraction } from '../../../renderer/data/interactionRepository';
import { addRelationship } from '../../../renderer/data/relationshipRepository';
import { aNode } from '../../factories/records';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  forgetAllKnownRecords();
});

async function aMapOfTwo() {
  const map = await createMap('Programme');
  const ada = await addNode(map.id, 'person', 'Ada', { x: 0, y: 0 });
  const bea = await addNode(map.id, 'person', 'Bea', { x: 10, y: 0 });
  await addRelationship(map.id, ada.id, bea.id, 'works-with');
  return { mapId: map.id, ada, bea };
}

/** Opens the map from its records and keeps the copy that opening offers. */
async function openAndKeepCopy(mapId: string) {
  const opened = await openingRecords(mapId);
  expect(opened.fromCopy).toBe(false);
  expect(opened.copy).not.toBeNull();
  expect(await keepOpenCopy(opened.copy!)).toBe(true);
}

const labels = (nodes: ReadonlyArray<{ label: string }>) => nodes.map((node) => node.label).sort();

describe('a map’s copy for opening', () => {
  it('is kept after an opening from the records, and the next opening reads it', async () => {
    const { mapId } = await aMapOfTwo();
    await openAndKeepCopy(mapId);

    const again = await openingRecords(mapId);

    expect(again.fromCopy).toBe(true);
    expect(again.copy).toBeNull();
    expect(labels(again.nodes)).toEqual(['Ada', 'Bea']);
    expect(again.relationships).toHaveLength(1);
  });

  it('reads once for both tables when both ask at once', async () => {
    const { mapId } = await aMapOfTwo();

    const [forNodes, forRelationships] = [openingRecords(mapId), openingRecords(mapId)];

    expect(forNodes).toBe(forRelationships);
    await forNodes;
  });

  it('is deleted by an edit of a node, in the edit’s own transaction', async () => {
    const { mapId, ada } = await aMapOfTwo();
    await openAndKeepCopy(mapId);

    await updateNode(mapId, ada.id, { label: 'Ada Lovelace' });

    expect(await db.openCopies.get(mapId)).toBeUndefined();
    const opened = await openingRecords(mapId);
    expect(opened.fromCopy).toBe(false);
    expect(labels(opened.nodes)).toEqual(['Ada Lovelace', 'Bea']);
  });

  it('is deleted by a new relationship, and with its map', async () => {
    const { mapId, ada, bea } = await aMapOfTwo();
    await openAndKeepCopy(mapId);
    await addRelationship(mapId, bea.id, ada.id, 'advises');
    expect(await db.openCopies.get(mapId)).toBeUndefined();

    await openAndKeepCopy(mapId);
    await deleteMap(mapId);

    expect(await db.openCopies.count()).toBe(0);
  });

  it('stays through writes to what it does not hold (contact history)', async () => {
    const { mapId, ada } = await aMapOfTwo();
    await openAndKeepCopy(mapId);

    await addInteraction(mapId, { nodeIds: [ada.id], summary: 'Coffee', date: '2026-11-20' });

    // The map's stamp moved, so the copy is no longer used; it was not deleted by the write.
    expect(await db.openCopies.get(mapId)).toBeDefined();
  });

  it('is not kept when the records changed between the opening and keeping it', async () => {
    const { mapId, ada } = await aMapOfTwo();
    const opened = await openingRecords(mapId);

    await updateNode(mapId, ada.id, { label: 'Ada Lovelace' });

    expect(await keepOpenCopy(opened.copy!)).toBe(false);
    expect(await db.openCopies.get(mapId)).toBeUndefined();
  });

  it('is not offered for a map with more records than are copied', async () => {
    const map = await createMap('Programme');
    const nodes = Array.from({ length: MAX_COPIED_RECORDS + 1 }, (_, i) =>
      aNode({ mapId: map.id, id: `n${String(i).padStart(5, '0')}`, label: `Node ${i}` }),
    );
    await db.nodes.bulkAdd(nodes);

    const opened = await openingRecords(map.id);

    expect(opened.nodes).toHaveLength(MAX_COPIED_RECORDS + 1);
    expect(opened.copy).toBeNull();
  });
});

describe('a map’s stamp', () => {
  it('moves forward even for a change in the same millisecond, or with the clock set back', () => {
    const stamp = '2026-11-27T12:00:00.000Z';
    expect(stampAfter(stamp, '2026-11-27T12:00:00.005Z')).toBe('2026-11-27T12:00:00.005Z');
    expect(stampAfter(stamp, stamp)).toBe('2026-11-27T12:00:00.001Z');
    expect(stampAfter(stamp, '2026-11-26T09:00:00.000Z')).toBe('2026-11-27T12:00:00.001Z');
  });
});

describe('an opening from the copy', () => {
  it('shows the copy, then the records once the page is idle if they differ', async () => {
    const { mapId } = await aMapOfTwo();
    const map = await db.maps.get(mapId);
    // A copy that disagrees with the records though its stamp is the map's: what a write that
    // forgot to delete it would leave. It is not trusted for long.
    await db.openCopies.put({
      mapId,
      stamp: map!.updatedAt,
      nodes: [aNode({ mapId, id: 'ghost', label: 'Ghost' })],
      relationships: [],
    });

    const shown: string[][] = [];
    const nodes = renderHook(() => {
      const current = useMapNodes(mapId);
      if (current) shown.push(labels(current));
      return current;
    });

    await waitFor(() => expect(shown.at(-1)).toEqual(['Ada', 'Bea']));
    expect(shown[0]).toEqual(['Ghost']);
    nodes.unmount();
  });

  it('keeps a copy once the page is idle after an opening from the records', async () => {
    const { mapId } = await aMapOfTwo();

    const nodes = renderHook(() => useMapNodes(mapId));

    await waitFor(() => expect(nodes.result.current).toHaveLength(2));
    await waitFor(async () => expect(await db.openCopies.get(mapId)).toBeDefined());
    nodes.unmount();
  });
});
