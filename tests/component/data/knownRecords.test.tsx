// An edit of a node or record this window already knows sends its reads and writes together
// (one wait instead of two), then checks what it read before the transaction ends. These tests
// hold it to that, and above all to the check: whatever this window believed, what is stored
// afterwards is what reading first and then writing would have stored.

import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, StakemapDatabase } from '../../../renderer/data/db';
import { useMap, useMapNodes } from '../../../renderer/data/hooks';
import { forgetAllKnownRecords } from '../../../renderer/data/knownRecords';
import { createMap } from '../../../renderer/data/mapRepository';
import { addNode, updateNode, updateNodes } from '../../../renderer/data/nodeRepository';
import { addRelationship, updateRelationship } from '../../../renderer/data/relationshipRepository';
import { countWaves } from './requestWaves';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  forgetAllKnownRecords();
});

async function aMapWithAda() {
  const map = await createMap('Programme');
  const ada = await addNode(map.id, 'person', 'Ada', { x: 0, y: 0 });
  return { mapId: map.id, ada };
}

/** Another window: its own connection to the same database. */
async function inAnotherWindow(work: (other: StakemapDatabase) => Promise<unknown>) {
  const other = new StakemapDatabase();
  try {
    await work(other);
  } finally {
    other.close();
  }
}

describe('an edit of a node this window knows', () => {
  it('waits on IndexedDB once when the node is on screen', async () => {
    const { mapId, ada } = await aMapWithAda();
    const nodes = renderHook(() => useMapNodes(mapId));
    const map = renderHook(() => useMap(mapId));
    await waitFor(() => expect(nodes.result.current).toHaveLength(1));
    await waitFor(() => expect(map.result.current).toBeTruthy());

    const waves = countWaves();
    try {
      await updateNode(mapId, ada.id, { label: 'Ada Lovelace' });
      expect(waves.deepest()).toBe(1);
    } finally {
      waves.stop();
    }
    expect((await db.nodes.get([mapId, ada.id]))?.label).toBe('Ada Lovelace');
    nodes.unmount();
    map.unmount();
  });

  it('waits once for the second edit of a node it has just written', async () => {
    const { mapId, ada } = await aMapWithAda();
    await updateNode(mapId, ada.id, { label: 'Ada L.' });
    const waves = countWaves();
    try {
      const previous = await updateNode(mapId, ada.id, { label: 'Ada Lovelace' });
      expect(waves.deepest()).toBe(1);
      expect(previous).toEqual({ label: 'Ada L.' });
    } finally {
      waves.stop();
    }
  });

  it('keeps what another window changed meanwhile, and returns what it replaced', async () => {
    const { mapId, ada } = await aMapWithAda();
    await updateNode(mapId, ada.id, { label: 'Ada L.' });
    await inAnotherWindow((other) =>
      other.nodes.update([mapId, ada.id], { label: 'Countess', notes: 'Met at the panel' }),
    );

    const previous = await updateNode(mapId, ada.id, { notes: 'Chairs the panel' });

    expect(previous).toEqual({ notes: 'Met at the panel' });
    expect(await db.nodes.get([mapId, ada.id])).toMatchObject({
      label: 'Countess',
      notes: 'Chairs the panel',
    });
  });

  it('works a change out from the stored node, not the one it believed', async () => {
    const { mapId, ada } = await aMapWithAda();
    await updateNode(mapId, ada.id, { label: 'Ada' });
    await inAnotherWindow((other) => other.nodes.update([mapId, ada.id], { label: 'Ada (2)' }));

    await updateNodes(mapId, [
      { id: ada.id, changes: (stored) => ({ label: `${stored.label} – lead` }) },
    ]);

    expect((await db.nodes.get([mapId, ada.id]))?.label).toBe('Ada (2) – lead');
  });

  it('does not bring back a node another window deleted', async () => {
    const { mapId, ada } = await aMapWithAda();
    await updateNode(mapId, ada.id, { label: 'Ada L.' });
    await inAnotherWindow((other) => other.nodes.delete([mapId, ada.id]));

    const previous = await updateNode(mapId, ada.id, { label: 'Ada Lovelace' });

    expect(previous).toBeUndefined();
    expect(await db.nodes.get([mapId, ada.id])).toBeUndefined();
  });

  it('takes back its write when the stored node needs no change', async () => {
    const { mapId, ada } = await aMapWithAda();
    await updateNode(mapId, ada.id, { label: 'Ada L.' });
    await inAnotherWindow((other) =>
      other.nodes.update([mapId, ada.id], { label: 'Ada', notes: 'Kept' }),
    );

    // From the believed node it writes; from the stored one there is nothing to change.
    await updateNodes(mapId, [
      { id: ada.id, changes: (stored) => (stored.label === 'Ada' ? {} : { notes: 'Believed' }) },
    ]);

    expect(await db.nodes.get([mapId, ada.id])).toMatchObject({ label: 'Ada', notes: 'Kept' });
  });

  it('does not bring back a map record another window deleted', async () => {
    const { mapId, ada } = await aMapWithAda();
    await updateNode(mapId, ada.id, { label: 'Ada L.' });
    await inAnotherWindow((other) => other.maps.delete(mapId));

    await updateNode(mapId, ada.id, { label: 'Ada Lovelace' });

    expect(await db.maps.get(mapId)).toBeUndefined();
  });

  it('keeps a map name another window changed when it marks the map changed', async () => {
    const { mapId, ada } = await aMapWithAda();
    await updateNode(mapId, ada.id, { label: 'Ada L.' });
    await inAnotherWindow((other) => other.maps.update(mapId, { name: 'Renamed elsewhere' }));

    await updateNode(mapId, ada.id, { label: 'Ada Lovelace' });

    expect((await db.maps.get(mapId))?.name).toBe('Renamed elsewhere');
    expect((await db.nodes.get([mapId, ada.id]))?.label).toBe('Ada Lovelace');
  });
});

describe('an edit of a relationship this window knows', () => {
  async function aLink() {
    const { mapId, ada } = await aMapWithAda();
    const panel = await addNode(mapId, 'network', 'Panel', { x: 100, y: 0 });
    const link = await addRelationship(mapId, ada.id, panel.id, 'member-of');
    await updateRelationship(mapId, link.id, { label: 'sits on' });
    return { mapId, link };
  }

  it('waits on IndexedDB once', async () => {
    const { mapId, link } = await aLink();
    const waves = countWaves();
    try {
      const previous = await updateRelationship(mapId, link.id, { label: 'chairs' });
      expect(waves.deepest()).toBe(1);
      expect(previous).toEqual({ label: 'sits on' });
    } finally {
      waves.stop();
    }
    expect((await db.relationships.get([mapId, link.id]))?.label).toBe('chairs');
  });

  it('keeps what another window changed meanwhile', async () => {
    const { mapId, link } = await aLink();
    await inAnotherWindow((other) =>
      other.relationships.update([mapId, link.id], { label: 'co-chairs', strength: 3 }),
    );

    const previous = await updateRelationship(mapId, link.id, { label: 'chairs' });

    expect(previous).toEqual({ label: 'co-chairs' });
    expect(await db.relationships.get([mapId, link.id])).toMatchObject({
      label: 'chairs',
      strength: 3,
    });
  });

  it('does not bring back a relationship another window deleted', async () => {
    const { mapId, link } = await aLink();
    await inAnotherWindow((other) => other.relationships.delete([mapId, link.id]));

    expect(await updateRelationship(mapId, link.id, { label: 'chairs' })).toBeUndefined();
    expect(await db.relationships.get([mapId, link.id])).toBeUndefined();
  });

  it('does not bring back a map record another window deleted', async () => {
    const { mapId, link } = await aLink();
    await inAnotherWindow((other) => other.maps.delete(mapId));

    await updateRelationship(mapId, link.id, { label: 'chairs' });

    expect(await db.maps.get(mapId)).toBeUndefined();
    expect((await db.relationships.get([mapId, link.id]))?.label).toBe('chairs');
  });
});
