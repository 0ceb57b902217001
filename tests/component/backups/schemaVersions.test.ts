// Every Dexie schema version of the app's database, seeded in its own shape and opened with the
// current code: the data is all there, the new tables work, and a database from a newer Stakemap
// is refused without being touched. Plus the storage names that must never change.

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, StakemapDatabase } from '../../../renderer/data/db';
import { recordsOfMap } from '../../../renderer/data/mapRange';
import { DATABASE_NAME as E2E_DATABASE_NAME } from '../../e2e/support/indexedDb';
import { aMap, aNode, aRelationship } from '../../factories/records';

const opened: Dexie[] = [];

function track<T extends Dexie>(database: T): T {
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

/** The version-1 schema exactly as it shipped; copied, not imported, so it cannot drift. */
const VERSION_1_STORES = {
  maps: 'id, updatedAt',
  nodes: '[mapId+id], mapId',
  relationships: '[mapId+id], mapId',
  interactions: '[mapId+id], mapId',
  actions: '[mapId+id], mapId',
  messages: '[mapId+id], mapId',
};

async function seedVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(VERSION_1_STORES);
  await old.open();
  await old.table('maps').bulkAdd([aMap({ id: 'm1', name: 'Panel' }), aMap({ id: 'm2' })]);
  await old
    .table('nodes')
    .bulkAdd([
      aNode({ mapId: 'm1', id: 'n1', label: 'Ada', tags: ['panel'] }),
      aNode({ mapId: 'm1', id: 'n2' }),
      aNode({ mapId: 'm2', id: 'n1' }),
    ]);
  await old.table('relationships').add(aRelationship({ mapId: 'm1' }));
  old.close();
}

describe('schema version 1 → current', () => {
  it('keeps every map and record of a version-1 database', async () => {
    await seedVersion1('schema-v1');
    const current = track(new StakemapDatabase('schema-v1'));
    await current.open();
    expect(current.verno).toBe(5);
    expect((await current.maps.toArray()).map((map) => map.name).sort()).toEqual([
      'Panel',
      'Test map',
    ]);
    expect(await recordsOfMap(current.nodes, 'm1').count()).toBe(2);
    expect(await current.nodes.get(['m1', 'n1'])).toMatchObject({ label: 'Ada', tags: ['panel'] });
    expect(await current.relationships.count()).toBe(1);
  });

  it('adds an empty, working snapshots table', async () => {
    await seedVersion1('schema-v1-snapshots');
    const current = track(new StakemapDatabase('schema-v1-snapshots'));
    await current.open();
    expect(await current.snapshots.count()).toBe(0);
    await current.snapshots.add({
      mapId: 'm1',
      id: 's1',
      name: 'before the workshop',
      createdAt: '2026-11-27T00:00:00.000Z',
      text: '{}',
    });
    expect(await recordsOfMap(current.snapshots, 'm1').count()).toBe(1);
  });
});

/** The only secondary indexes: the map list's order and the count of a staged map's records. */
const INDEXES: Record<string, string[]> = {
  maps: ['updatedAt'],
  stagedParts: ['[mapId+table+size]'],
};

/** The version-2 schema exactly as it shipped: version 1 and a snapshots table. */
const VERSION_2_STORES = { ...VERSION_1_STORES, snapshots: '[mapId+id], mapId' };

describe('schema version 2 → current', () => {
  it('keeps every record, and drops the mapId indexes nothing reads through', async () => {
    const old = new Dexie('schema-v2');
    old.version(2).stores(VERSION_2_STORES);
    await old.open();
    await old.table('maps').add(aMap({ id: 'm1' }));
    await old.table('nodes').bulkAdd([aNode({ mapId: 'm1', id: 'n1' }), aNode({ mapId: 'm2' })]);
    await old.table('snapshots').add({
      mapId: 'm1',
      id: 's1',
      name: 'February',
      createdAt: '2026-02-01T00:00:00.000Z',
      text: '{"format":"stakemap"}',
    });
    old.close();

    const current = track(new StakemapDatabase('schema-v2'));
    await current.open();
    expect(current.verno).toBe(5);
    expect(await recordsOfMap(current.nodes, 'm1').primaryKeys()).toEqual([['m1', 'n1']]);
    expect(await current.snapshots.get(['m1', 's1'])).toMatchObject({ name: 'February' });
    for (const table of current.tables) {
      expect(
        table.schema.indexes.map((index) => index.name),
        table.name,
      ).toEqual(INDEXES[table.name] ?? []);
    }
  });
});

/** The version-3 schema exactly as it shipped: version 2 without the mapId indexes. */
const VERSION_3_STORES = {
  maps: 'id, updatedAt',
  nodes: '[mapId+id]',
  relationships: '[mapId+id]',
  interactions: '[mapId+id]',
  actions: '[mapId+id]',
  messages: '[mapId+id]',
  snapshots: '[mapId+id]',
};

describe('schema version 3 → current', () => {
  it('keeps every record and adds an empty table for staged imports', async () => {
    const old = new Dexie('schema-v3-upgrade');
    old.version(3).stores(VERSION_3_STORES);
    await old.open();
    await old.table('maps').add(aMap({ id: 'm1' }));
    await old.table('nodes').add(aNode({ mapId: 'm1', id: 'n1' }));
    old.close();

    const current = track(new StakemapDatabase('schema-v3-upgrade'));
    await current.open();
    expect(current.verno).toBe(5);
    expect(await recordsOfMap(current.nodes, 'm1').primaryKeys()).toEqual([['m1', 'n1']]);
    expect(await current.stagedParts.count()).toBe(0);
    expect(current.stagedParts.schema.primKey.keyPath).toEqual(['mapId', 'part']);
  });
});

describe('schema version 4 → current', () => {
  it('keeps every record and staged part, and adds an empty table of copies for opening', async () => {
    const old = new Dexie('schema-v4-upgrade');
    old.version(4).stores({
      ...VERSION_3_STORES,
      stagedParts: '[mapId+part], [mapId+table+size]',
    });
    await old.open();
    await old.table('maps').add(aMap({ id: 'm1' }));
    await old.table('nodes').add(aNode({ mapId: 'm1', id: 'n1' }));
    await old
      .table('stagedParts')
      .add({ mapId: 'm1', part: 0, table: 'relationships', size: 0, records: [] });
    old.close();

    const current = track(new StakemapDatabase('schema-v4-upgrade'));
    await current.open();
    expect(current.verno).toBe(5);
    expect(await recordsOfMap(current.nodes, 'm1').primaryKeys()).toEqual([['m1', 'n1']]);
    expect(await current.stagedParts.count()).toBe(1);
    expect(await current.openCopies.count()).toBe(0);
    expect(current.openCopies.schema.primKey.keyPath).toBe('mapId');
  });
});

describe('schema version 5 (current)', () => {
  it('reopens with its snapshots and maps', async () => {
    const first = new StakemapDatabase('schema-v3');
    await first.open();
    await first.maps.add(aMap({ id: 'm1' }));
    await first.snapshots.add({
      mapId: 'm1',
      id: 's1',
      name: 'February',
      createdAt: '2026-02-01T00:00:00.000Z',
      text: '{"format":"stakemap"}',
    });
    first.close();
    const again = track(new StakemapDatabase('schema-v3'));
    await again.open();
    expect(await again.snapshots.get(['m1', 's1'])).toMatchObject({ name: 'February' });
    expect(await again.maps.count()).toBe(1);
  });
});

describe('a database from a newer Stakemap', () => {
  // Dexie 4 opens a database whose installed version is newer than the code's, as long as the
  // tables the code declares are there: an older Stakemap keeps working and never downgrades it.
  it('opens without downgrading it or touching what the newer version added', async () => {
    const newer = new Dexie('schema-newer');
    newer.version(6).stores({
      ...VERSION_3_STORES,
      stagedParts: '[mapId+part], [mapId+table+size]',
      openCopies: 'mapId',
      extra: 'id',
    });
    await newer.open();
    await newer.table('maps').add(aMap({ id: 'm1', name: 'Kept' }));
    await newer.table('extra').add({ id: 'x1', note: 'from the future' });
    newer.close();

    const current = track(new StakemapDatabase('schema-newer'));
    await current.open();
    expect(await current.maps.get('m1')).toMatchObject({ name: 'Kept' });
    current.close();

    const check = track(new Dexie('schema-newer'));
    await check.open();
    expect(check.verno).toBe(6);
    expect(await check.table('extra').get('x1')).toMatchObject({ note: 'from the future' });
  });
});

describe('storage names (changing one loses every user’s maps)', () => {
  it('keeps the IndexedDB database name', () => {
    expect(DATABASE_NAME).toBe('stakemap');
    expect(E2E_DATABASE_NAME).toBe(DATABASE_NAME);
    expect(new StakemapDatabase().name).toBe('stakemap');
  });

  it('keeps the table names and keys of every version', () => {
    const database = new StakemapDatabase('schema-names');
    expect(database.tables.map((table) => table.name).sort()).toEqual(
      [
        'actions',
        'interactions',
        'maps',
        'messages',
        'nodes',
        'openCopies',
        'relationships',
        'snapshots',
        'stagedParts',
      ].sort(),
    );
    const keyPaths: Record<string, string | string[]> = {
      maps: 'id',
      stagedParts: ['mapId', 'part'],
      openCopies: 'mapId',
    };
    for (const table of database.tables) {
      expect(table.schema.primKey.keyPath, table.name).toEqual(
        keyPaths[table.name] ?? ['mapId', 'id'],
      );
    }
  });
});
