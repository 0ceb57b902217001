// An open map's records share one copy of each string they repeat (sharedStrings.ts). JavaScript
// cannot tell two equal strings apart, so the memory it saves is the benchmark's to measure
// (heap_mb); these tests hold it to changing nothing a reader can see, and to keeping its pool
// only while a view of the map is open.

import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { useMapNodes, useMapRelationships } from '../../../renderer/data/hooks';
import { forgetAllKnownRecords } from '../../../renderer/data/knownRecords';
import { createMap } from '../../../renderer/data/mapRepository';
import { addNode, updateNode } from '../../../renderer/data/nodeRepository';
import { addRelationship } from '../../../renderer/data/relationshipRepository';
import { recordsOfMap } from '../../../renderer/data/mapRange';
import {
  holdStringPool,
  pooledStringCount,
  shareRepeatedStrings,
} from '../../../renderer/data/sharedStrings';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  forgetAllKnownRecords();
});

async function aMapWithTwoPeopleWhoKnowEachOther() {
  const map = await createMap('Programme');
  const ada = await addNode(map.id, 'person', 'Ada', { x: 0, y: 0 });
  const bea = await addNode(map.id, 'person', 'Bea', { x: 200, y: 0 });
  await addRelationship(map.id, ada.id, bea.id, 'collaborates');
  return { mapId: map.id, ada };
}

describe("an open map's records", () => {
  it('read exactly as stored, and the pool is let go when the last view closes', async () => {
    const { mapId, ada } = await aMapWithTwoPeopleWhoKnowEachOther();
    const nodes = renderHook(() => useMapNodes(mapId));
    const relationships = renderHook(() => useMapRelationships(mapId));
    await waitFor(() => expect(nodes.result.current).toHaveLength(2));
    await waitFor(() => expect(relationships.result.current).toHaveLength(1));

    expect(nodes.result.current).toEqual(await recordsOfMap(db.nodes, mapId).toArray());
    expect(relationships.result.current).toEqual(
      await recordsOfMap(db.relationships, mapId).toArray(),
    );
    // Two node ids (named again by the relationship), the map's id, kinds and timestamps.
    expect(pooledStringCount(mapId)).toBeGreaterThanOrEqual(5);

    // An edit is read back into the same pool, as stored.
    await updateNode(mapId, ada.id, { label: 'Ada Lovelace' });
    await waitFor(() =>
      expect(nodes.result.current?.find((node) => node.id === ada.id)?.label).toBe('Ada Lovelace'),
    );
    expect(nodes.result.current).toEqual(await recordsOfMap(db.nodes, mapId).toArray());

    nodes.unmount();
    expect(pooledStringCount(mapId)).toBeGreaterThan(0);
    relationships.unmount();
    expect(pooledStringCount(mapId)).toBe(0);
  });
});

describe('shareRepeatedStrings', () => {
  it('changes no value, and leaves fields that do not repeat alone', () => {
    const release = holdStringPool('map-1');
    const records = [
      { id: 'n1', mapId: 'map-1', kind: 'person', label: 'Ada', updatedAt: '2026-11-29' },
      { id: 'r1', mapId: 'map-1', sourceId: 'n1', targetId: 'n2', strength: 2, label: 'Ada' },
    ];
    const copies = structuredClone(records);

    shareRepeatedStrings('map-1', records);

    expect(records).toEqual(copies);
    // The map's id, n1 (twice), the kind, the timestamp, r1, n2: label and strength not pooled.
    expect(pooledStringCount('map-1')).toBe(6);
    release();
    release();
    expect(pooledStringCount('map-1')).toBe(0);
  });

  it('keeps no pool for a map no view holds', () => {
    shareRepeatedStrings('map-2', [{ id: 'n1', mapId: 'map-2' }]);

    expect(pooledStringCount('map-2')).toBe(0);
  });
});
