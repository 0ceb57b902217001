// Writing an imported map in chunks: the progress counts every record, and a cancel between
// chunks rolls the one transaction back, so no half map is left and no save error is shown.

import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { getSaveStatus } from '../../../renderer/data/saveStatus';
import { readMapRecords } from '../../../renderer/data/stagedParts';
import { aBundle, aMap, aNode } from '../../factories/records';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const bigBundle = () =>
  aBundle({
    map: aMap({ id: 'big' }),
    nodes: Array.from({ length: 5000 }, (_, index) =>
      aNode({ id: `n${index}`, mapId: 'big', label: `Node ${index}` }),
    ),
    relationships: [],
  });

describe('saving a new map in chunks', () => {
  it('reports progress up to every record, and stores them all', async () => {
    const seen: Array<[number, number]> = [];
    await saveNewBundle(bigBundle(), {
      onProgress: (written, total) => seen.push([written, total]),
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual([5000, 5000]);
    expect(await readMapRecords(db.nodes, 'big')).toHaveLength(5000);
  });

  it('leaves nothing behind when cancelled part way, and reports no failure', async () => {
    const controller = new AbortController();
    const write = saveNewBundle(bigBundle(), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(write).rejects.toMatchObject({ name: 'AbortError' });
    expect(await db.maps.count()).toBe(0);
    expect(await db.nodes.count()).toBe(0);
    expect(await db.stagedParts.count()).toBe(0);
    expect(getSaveStatus()).toEqual({ pending: 0, lastError: null });
  });
});
