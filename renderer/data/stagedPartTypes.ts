// The record a large import is first written as (see stagedParts.ts): up to a thousand of one
// map's nodes or relationships in one IndexedDB record. Apart from stagedParts.ts so that db.ts
// can name the table's type without importing the code that reads it.

import type { Relationship, StakeNode } from '@shared/domain/types';

/** Part numbers run from 0 in the order the records are read back: by table, then by id. */
export type StagedPartKey = [mapId: string, part: number];

/** `size` is the number of records, kept beside them so that counting needs only the index. */
export type StagedPart =
  | { mapId: string; part: number; table: 'nodes'; size: number; records: StakeNode[] }
  | {
      mapId: string;
      part: number;
      table: 'relationships';
      size: number;
      records: Relationship[];
    };

/** The tables whose records a large import stages. */
export type StagedTableName = StagedPart['table'];

/** The staged tables in the order they are expanded: node edits are the likeliest first. */
export const STAGED_TABLES: readonly StagedTableName[] = ['nodes', 'relationships'];
