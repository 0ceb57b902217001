// A large import is written twice over: first as a couple of dozen parts, each holding up to a
// thousand of the map's nodes or relationships, then (stagedExpansion.ts) as one record per node
// and relationship. IndexedDB spends about the same time on each record whatever its size, so the
// parts reach the disk in a fraction of the time the records take (5,000 nodes and 20,000
// relationships: the records took over four seconds, during which nothing of the import was safe
// and the map could not be shown). Until the parts are expanded, reads of the map's nodes and
// relationships take them in as if they were stored records; writes wait for the expansion.

import type { Table } from 'dexie';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { db, type MapScopedKey } from './db';
import { recordsOfMap } from './mapRange';
import { byId } from './sortedById';
import type { StagedPart, StagedTableName } from './stagedPartTypes';

/** Imports with at least this many nodes and relationships are staged; smaller ones are not. */
export const STAGE_FROM_RECORDS = 2500;

/** Records per part: large enough that a map is a few dozen parts, small enough to copy fast. */
export const PART_SIZE = 1000;

/**
 * Records sorted by id, refusing two with the same id as storing them one by one would (a
 * ConstraintError, so the import changes nothing) rather than letting the expansion keep one.
 */
function sortedUniquely<T extends { id: string }>(records: readonly T[], noun: string): T[] {
  const sorted = [...records].sort(byId);
  sorted.forEach((record, index) => {
    if (index > 0 && sorted[index - 1]?.id === record.id) {
      const error = new Error(`Two ${noun}s share the id "${record.id}".`);
      error.name = 'ConstraintError';
      throw error;
    }
  });
  return sorted;
}

/**
 * One map's nodes and relationships cut into parts numbered from `firstPart`, each part's records
 * in id order.
 */
export function splitIntoParts(
  mapId: string,
  nodes: readonly StakeNode[],
  relationships: readonly Relationship[],
  firstPart = 0,
): StagedPart[] {
  const parts: StagedPart[] = [];
  const sortedNodes = sortedUniquely(nodes, 'node');
  for (let start = 0; start < sortedNodes.length; start += PART_SIZE) {
    const records = sortedNodes.slice(start, start + PART_SIZE);
    const part = firstPart + parts.length;
    parts.push({ mapId, part, table: 'nodes', size: records.length, records });
  }
  const sortedRelationships = sortedUniquely(relationships, 'relationship');
  for (let start = 0; start < sortedRelationships.length; start += PART_SIZE) {
    const records = sortedRelationships.slice(start, start + PART_SIZE);
    parts.push({
      mapId,
      part: firstPart + parts.length,
      table: 'relationships',
      size: records.length,
      records,
    });
  }
  return parts;
}

/**
 * One map's staged parts, of one table or of all, through the [mapId+table+size] index: by
 * table, then by size (not in part order).
 */
export function stagedPartsByTable(mapId: string, table?: StagedTableName) {
  return db.stagedParts
    .where('[mapId+table+size]')
    .between([mapId, table ?? '', -Infinity], [mapId, table ?? '\uffff', Infinity], true, true);
}

/** The primary-key range of one map's staged parts. */
export function stagedPartRange(mapId: string) {
  return db.stagedParts.where(':id').between([mapId, -Infinity], [mapId, Infinity], true, true);
}

export function isStagedTable(name: string): name is StagedTableName {
  return name === 'nodes' || name === 'relationships';
}

/** The records of one table still in a map's staged parts, in id order. */
async function stagedRecordsOf<T>(mapId: string, table: StagedTableName): Promise<T[]> {
  const parts = await stagedPartsByTable(mapId, table).toArray();
  // Each part is in id order and holds the ids after the part before it.
  parts.sort((a, b) => a.part - b.part);
  // Parts of this table hold records of this table, whatever their type says here.
  return parts.flatMap((part): unknown[] => part.records) as T[];
}

/**
 * One map's records of a table, in id order, wherever they are: stored one per record, or still
 * in staged parts. Read in one transaction, so an expansion committing meanwhile is seen whole
 * or not at all; inside a caller's transaction, that one must include db.stagedParts.
 */
export async function readMapRecords<T extends { id: string }>(
  table: Table<T, MapScopedKey>,
  mapId: string,
): Promise<T[]> {
  if (!isStagedTable(table.name)) return recordsOfMap(table, mapId).toArray();
  return db.transaction(
    'r',
    table,
    db.stagedParts,
    async () => (await readStoredAndStaged(table, mapId)).records,
  );
}

/**
 * As readMapRecords for a table that can be staged, inside a caller's transaction over it and
 * db.stagedParts; also says whether any of the records were in parts.
 */
export async function readStoredAndStaged<T extends { id: string }>(
  table: Table<T, MapScopedKey>,
  mapId: string,
): Promise<{ records: T[]; staged: boolean }> {
  const tableName = table.name;
  const [stored, staged] = await Promise.all([
    recordsOfMap(table, mapId).toArray(),
    isStagedTable(tableName) ? stagedRecordsOf<T>(mapId, tableName) : [],
  ]);
  if (staged.length === 0) return { records: stored, staged: false };
  if (stored.length === 0) return { records: staged, staged: true };
  // Part way through an expansion: the parts moved so far are stored, the rest staged, and no
  // record is in both (a part is written and deleted in one transaction).
  return { records: [...stored, ...staged].sort(byId), staged: true };
}

/** How many records of a table one map has, staged ones included. */
export async function countMapRecords<T>(
  table: Table<T, MapScopedKey>,
  mapId: string,
): Promise<number> {
  const tableName = table.name;
  if (!isStagedTable(tableName)) return recordsOfMap(table, mapId).count();
  return db.transaction('r', table, db.stagedParts, async () => {
    const [stored, sizes] = await Promise.all([
      recordsOfMap(table, mapId).count(),
      stagedPartsByTable(mapId, tableName).keys(),
    ]);
    // Each key is [mapId, table, size].
    return sizes.reduce<number>((sum, key) => sum + Number((key as unknown[])[2]), stored);
  });
}
