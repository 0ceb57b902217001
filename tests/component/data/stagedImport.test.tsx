// A large import is stored as a few dozen parts, then expanded into one record per node and
// relationship. These tests hold it to looking, from every read and write, exactly like a map
// stored record by record: nothing missing, nothing twice, and no write lost or made against
// records that are not there yet.

import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MapBundle } from '@shared/domain/types';
import { serializeArchive } from '@shared/format/archive';
import { importEverythingText } from '../../../renderer/data/backupArchive';
import { db, StakemapDatabase } from '../../../renderer/data/db';
import { useMapNodes, useMapSizes } from '../../../renderer/data/hooks';
import { forgetAllKnownRecords } from '../../../renderer/data/knownRecords';
import { deleteMap, loadBundle, saveNewBundle } from '../../../renderer/data/mapRepository';
import { nodeReferences } from '../../../renderer/data/nodeReferences';
import { deleteNodes, updateNode } from '../../../renderer/data/nodeRepository';
import { updateRelationship } from '../../../renderer/data/relationshipRepository';
import { expandStagedMap } from '../../../renderer/data/expandStagedMap';
import { whenMapWritable, whenTablesWritable } from '../../../renderer/data/stagedExpansion';
import {
  PART_SIZE,
  readMapRecords,
  splitIntoParts,
  STAGE_FROM_RECORDS,
} from '../../../renderer/data/stagedParts';
import { aBundle, aMap, aNode, aRelationship } from '../../factories/records';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  forgetAllKnownRecords();
});

let nextMap = 0;

/** A map with `nodes` nodes in a ring of relationships; ids out of order, as files have them. */
function aLargeBundle(nodes = 1500): MapBundle {
  const mapId = `large-${nextMap++}`;
  const ids = Array.from({ length: nodes }, (_, index) => `n${(index * 7919) % nodes}`);
  return aBundle({
    map: aMap({ id: mapId, name: 'Programme-wide' }),
    nodes: ids.map((id) => aNode({ id, mapId, label: `Person ${id}` })),
    relationships: ids.map((id, index) =>
      aRelationship({ id: `r${id}`, mapId, sourceId: id, targetId: ids[(index + 1) % nodes] }),
    ),
  });
}

const sortedIds = (records: ReadonlyArray<{ id: string }>) =>
  records.map((record) => record.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('storing a large import', () => {
  it('writes its nodes and relationships as a few parts, read back as every record in id order', async () => {
    const bundle = aLargeBundle();
    expect(bundle.nodes.length + bundle.relationships.length).toBeGreaterThanOrEqual(
      STAGE_FROM_RECORDS,
    );
    await saveNewBundle(bundle);

    expect(await db.stagedParts.count()).toBe(Math.ceil(1500 / PART_SIZE) * 2);
    expect(await db.nodes.count()).toBe(0);
    const nodes = await readMapRecords(db.nodes, bundle.map.id);
    const relationships = await readMapRecords(db.relationships, bundle.map.id);
    expect(nodes.map((node) => node.id)).toEqual(sortedIds(bundle.nodes));
    expect(relationships.map((rel) => rel.id)).toEqual(sortedIds(bundle.relationships));
    expect(nodes.find((node) => node.id === 'n42')).toMatchObject({ label: 'Person n42' });
  });

  it('refuses two nodes with one id, as storing them one by one would, and stores nothing', async () => {
    const bundle = aLargeBundle();
    const twin = aNode({ id: 'n3', mapId: bundle.map.id, label: 'Another n3' });

    await expect(saveNewBundle({ ...bundle, nodes: [...bundle.nodes, twin] })).rejects.toThrow(
      'Two nodes share the id "n3".',
    );

    expect(await db.maps.count()).toBe(0);
    expect(await db.stagedParts.count()).toBe(0);
  });

  it('stores a small map record by record, as before', async () => {
    await saveNewBundle(aBundle());
    expect(await db.stagedParts.count()).toBe(0);
    expect(await db.nodes.count()).toBe(2);
  });

  it('shows the map, its size and its export before the parts are expanded', async () => {
    const bundle = aLargeBundle();
    await saveNewBundle(bundle);

    const shown = renderHook(() => useMapNodes(bundle.map.id));
    await waitFor(() => expect(shown.result.current).toHaveLength(1500));
    const sizes = renderHook(() => useMapSizes());
    await waitFor(() =>
      expect(sizes.result.current?.get(bundle.map.id)).toEqual({
        nodeCount: 1500,
        relationshipCount: 1500,
      }),
    );
    const loaded = await loadBundle(bundle.map.id);
    expect(sortedIds(loaded?.relationships ?? [])).toEqual(sortedIds(bundle.relationships));
    expect(await nodeReferences(bundle.map.id, ['n1'])).toBeDefined();
    shown.unmount();
    sizes.unmount();
  });
});

describe('expanding a staged map', () => {
  it('moves every record into its table and leaves no part, reads unchanged', async () => {
    const bundle = aLargeBundle();
    await saveNewBundle(bundle);
    const before = await loadBundle(bundle.map.id);

    expect(await expandStagedMap(bundle.map.id)).toBe(3000);

    expect(await db.stagedParts.count()).toBe(0);
    expect(await db.nodes.count()).toBe(1500);
    expect(await db.relationships.count()).toBe(1500);
    expect(await loadBundle(bundle.map.id)).toEqual(before);
    expect(await expandStagedMap(bundle.map.id)).toBe(0);
  });

  it('reads every record once, in id order, part way through', async () => {
    const bundle = aLargeBundle();
    await saveNewBundle(bundle);
    const mapId = bundle.map.id;
    // One node part moved, as the expansion moves it: written and deleted in one transaction.
    await db.transaction('rw', db.stagedParts, db.nodes, async () => {
      const part = await db.stagedParts.get([mapId, 1]);
      if (part?.table !== 'nodes') throw new Error('part 1 holds nodes');
      await db.nodes.bulkPut(part.records);
      await db.stagedParts.delete([mapId, 1]);
    });

    expect(await db.nodes.count()).toBe(500);
    const nodes = await readMapRecords(db.nodes, mapId);
    expect(nodes.map((node) => node.id)).toEqual(sortedIds(bundle.nodes));
  });

  it('leaves what the views show as it is: the same objects, and no new list', async () => {
    const bundle = aLargeBundle();
    await saveNewBundle(bundle);
    const shown = renderHook(() => useMapNodes(bundle.map.id));
    await waitFor(() => expect(shown.result.current).toHaveLength(1500));
    const before = shown.result.current;
    let renders = 0;
    const counted = renderHook(() => {
      renders += 1;
      return useMapNodes(bundle.map.id);
    });
    await waitFor(() => expect(counted.result.current).toHaveLength(1500));
    const rendersBefore = renders;

    await expandStagedMap(bundle.map.id);
    await updateNode(bundle.map.id, 'n11', { label: 'Edited after' });

    await waitFor(() =>
      expect(shown.result.current?.find((node) => node.id === 'n11')?.label).toBe('Edited after'),
    );
    const after = shown.result.current ?? [];
    const unchanged = after.filter((node, index) => node === before?.[index]);
    expect(unchanged).toHaveLength(1499);
    // One render for the edit; none for the expansion.
    await waitFor(() => expect(renders - rendersBefore).toBe(1));
    shown.unmount();
    counted.unmount();
  });

  it('happens before the first edit, which then lands on the stored node', async () => {
    const bundle = aLargeBundle();
    await saveNewBundle(bundle);

    const previous = await updateNode(bundle.map.id, 'n7', { label: 'Ada Lovelace' });

    expect(previous).toEqual({ label: 'Person n7' });
    expect(await db.stagedParts.count()).toBe(0);
    expect(await db.nodes.get([bundle.map.id, 'n7'])).toMatchObject({ label: 'Ada Lovelace' });
    expect(await readMapRecords(db.nodes, bundle.map.id)).toHaveLength(1500);
  });

  it('happens before a relationship edit and a delete, so neither misses a record', async () => {
    const bundle = aLargeBundle();
    await saveNewBundle(bundle);
    const mapId = bundle.map.id;
    const [edit, removed] = await Promise.all([
      updateRelationship(mapId, 'rn3', { notes: 'Met at the summit' }),
      deleteNodes(mapId, ['n5']),
    ]);

    expect(edit).toEqual({ notes: '' });
    expect(removed.nodes.map((node) => node.id)).toEqual(['n5']);
    // The ring: n5 has one relationship out and one in.
    expect(removed.relationships).toHaveLength(2);
    expect(await readMapRecords(db.nodes, mapId)).toHaveLength(1499);
    expect(await readMapRecords(db.relationships, mapId)).toHaveLength(1498);
    expect(await db.relationships.get([mapId, 'rn3'])).toMatchObject({
      notes: 'Met at the summit',
    });
  });

  it('is done for a map another window staged, on this window’s first write to it', async () => {
    const bundle = aLargeBundle();
    const mapId = bundle.map.id;
    const other = new StakemapDatabase();
    try {
      await other.transaction('rw', other.maps, other.stagedParts, async () => {
        await other.maps.add(bundle.map);
        await other.stagedParts.bulkAdd(splitIntoParts(mapId, bundle.nodes, bundle.relationships));
      });
    } finally {
      other.close();
    }

    await updateNode(mapId, 'n9', { notes: 'Chairs the board' });

    expect(await db.stagedParts.count()).toBe(0);
    expect(await db.nodes.get([mapId, 'n9'])).toMatchObject({ notes: 'Chairs the board' });
    expect(await db.nodes.count()).toBe(1500);
  });

  it('lets node writes go ahead once the nodes are moved, and never holds up a contact', async () => {
    const bundle = aLargeBundle();
    const mapId = bundle.map.id;
    await saveNewBundle(bundle);
    const order: string[] = [];

    const contacts = whenTablesWritable(mapId, ['interactions']).then(async () => {
      order.push(`contacts, ${await db.stagedParts.count()} parts left`);
    });
    const relationships = whenTablesWritable(mapId, ['relationships']).then(() => {
      order.push('relationships');
    });
    const nodes = whenTablesWritable(mapId, ['nodes']).then(async () => {
      order.push(`nodes, ${await db.nodes.count()} stored`);
    });
    await Promise.all([contacts, relationships, nodes]);

    expect(order).toEqual(['contacts, 4 parts left', 'nodes, 1500 stored', 'relationships']);
    expect(await db.stagedParts.count()).toBe(0);
  });

  it('is tried again by the next write when it failed', async () => {
    const bundle = aLargeBundle();
    const mapId = bundle.map.id;
    await saveNewBundle(bundle);
    // A part whose record cannot be stored (its key is not a string) stops the expansion there.
    const broken = { mapId, part: 99, table: 'relationships', size: 1, records: [{ id: 1 }] };
    await db.stagedParts.put(broken as never);

    await expect(whenMapWritable(mapId)).rejects.toBeDefined();
    // The nodes were moved before it; every record is still read exactly once.
    expect(await db.nodes.count()).toBe(1500);
    expect(await readMapRecords(db.nodes, mapId)).toHaveLength(1500);
    const relationshipIds = (await readMapRecords(db.relationships, mapId)).map((rel) => rel.id);
    expect(relationshipIds).toEqual(expect.arrayContaining(sortedIds(bundle.relationships)));
    expect(await db.nodes.get([mapId, 'n3'])).toMatchObject({ label: 'Person n3' });

    await db.stagedParts.delete([mapId, 99]);
    await updateNode(mapId, 'n3', { label: 'Grace' });
    expect(await db.nodes.get([mapId, 'n3'])).toMatchObject({ label: 'Grace' });
  });
});

describe('restoring every map from an archive', () => {
  it('stages a large map among them, as importing it alone would', async () => {
    const large = aLargeBundle();
    const small = aBundle({ map: aMap({ id: 'small', name: 'Small' }) });
    const text = serializeArchive([large, small], {
      exportedAt: '2026-11-27T00:00:00.000Z',
      appVersion: 'test',
    });

    const result = await importEverythingText(text);

    if (!result.ok) throw new Error('the archive was refused');
    const [restoredLarge, restoredSmall] = result.value;
    if (!restoredLarge || !restoredSmall) throw new Error('a map is missing');
    expect(await db.stagedParts.count()).toBe(4);
    expect(await db.nodes.count()).toBe(2);
    const nodes = await readMapRecords(db.nodes, restoredLarge.map.id);
    expect(nodes.map((node) => node.id)).toEqual(sortedIds(large.nodes));
    expect(await readMapRecords(db.nodes, restoredSmall.map.id)).toHaveLength(2);

    await updateNode(restoredLarge.map.id, 'n1', { label: 'Restored, then edited' });
    expect(await db.nodes.get([restoredLarge.map.id, 'n1'])).toMatchObject({
      label: 'Restored, then edited',
    });
  });
});

describe('deleting a staged map', () => {
  it('removes its parts with it', async () => {
    const kept = aLargeBundle();
    const doomed = aLargeBundle();
    await saveNewBundle(kept);
    await saveNewBundle(doomed);

    await deleteMap(doomed.map.id);

    expect(await db.maps.get(doomed.map.id)).toBeUndefined();
    expect(await readMapRecords(db.nodes, doomed.map.id)).toEqual([]);
    expect(await readMapRecords(db.nodes, kept.map.id)).toHaveLength(1500);
  });
});
