// The one IndexedDB database, opened through Dexie. Only renderer/data/ may import this file:
// everything else reads through the live-query hooks and writes through the repositories.
// Schema versions are append-only: never edit or delete a version(n) block, add version(n+1).

import Dexie, { type Table } from 'dexie';
import type { OpenCopy } from './openCopies';
import { recordOwnMapWrites } from './ownMapWrites';
import type { StagedPart, StagedPartKey } from './stagedPartTypes';
import type {
  Action,
  Interaction,
  KeyMessage,
  Relationship,
  StakeMap,
  StakeNode,
} from '@shared/domain/types';

/** The IndexedDB database name. Users' maps live under it: do not rename without a migration. */
export const DATABASE_NAME = 'stakemap';

/** Records of one map are keyed by [mapId, id], so the same file can be imported twice. */
export type MapScopedKey = [mapId: string, id: string];

/**
 * A named snapshot of one map ("before the February workshop"): the map's .stakemap.json text at
 * that moment, so restoring it reads through the same parser, with its migrations, as a file.
 */
export interface MapSnapshot {
  mapId: string;
  id: string;
  name: string;
  createdAt: string;
  text: string;
}

export class StakemapDatabase extends Dexie {
  maps!: Table<StakeMap, string>;
  nodes!: Table<StakeNode, MapScopedKey>;
  relationships!: Table<Relationship, MapScopedKey>;
  interactions!: Table<Interaction, MapScopedKey>;
  actions!: Table<Action, MapScopedKey>;
  messages!: Table<KeyMessage, MapScopedKey>;
  snapshots!: Table<MapSnapshot, MapScopedKey>;
  stagedParts!: Table<StagedPart, StagedPartKey>;
  openCopies!: Table<OpenCopy, string>;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a write the UI reports as saved has reached the disk, so a killed process
    // or a power cut cannot lose it.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      maps: 'id, updatedAt',
      nodes: '[mapId+id], mapId',
      relationships: '[mapId+id], mapId',
      interactions: '[mapId+id], mapId',
      actions: '[mapId+id], mapId',
      messages: '[mapId+id], mapId',
    });
    // Version 2 adds named snapshots; nothing else changes, so existing data needs no upgrade.
    // tests/component/backups/schemaVersions.test.ts opens a version-1 database with this code.
    this.version(2).stores({
      snapshots: '[mapId+id], mapId',
    });
    // Version 3 drops the mapId index of every map-content table. A map's records are one range
    // of the primary key (mapRange.ts), so nothing reads through the index, yet every write paid
    // to keep it: about 8% of an import.
    this.version(3).stores({
      nodes: '[mapId+id]',
      relationships: '[mapId+id]',
      interactions: '[mapId+id]',
      actions: '[mapId+id]',
      messages: '[mapId+id]',
      snapshots: '[mapId+id]',
    });
    // Version 4 adds the parts a large import is first written as (stagedParts.ts): a couple of
    // dozen records instead of one per node and relationship. Nothing existing changes. The index
    // lets the map list count a staged map's records from keys, without reading the parts.
    this.version(4).stores({
      stagedParts: '[mapId+part], [mapId+table+size]',
    });
    // Version 5 adds each map's nodes and relationships kept as one record for opening it
    // (openCopies.ts). Nothing existing changes; maps get a copy the first time they open.
    this.version(5).stores({
      openCopies: 'mapId',
    });
  }
}

export const db = new StakemapDatabase();
// On this connection only: another connection to the same database stands for another window.
db.use(recordOwnMapWrites);

/**
 * The tables holding a map's records, one per record, keyed [mapId+id]. Snapshots are here so
 * that deleting a map deletes them too: its personal data does not linger out of sight.
 */
export function mapRecordTables(database: StakemapDatabase) {
  return [
    database.nodes,
    database.relationships,
    database.interactions,
    database.actions,
    database.messages,
    database.snapshots,
  ] as const;
}

/** Every table holding a map's contents, for transactions that touch a whole map. */
export function mapContentTables(database: StakemapDatabase) {
  return [...mapRecordTables(database), database.stagedParts, database.openCopies] as const;
}
