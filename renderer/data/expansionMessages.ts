// What the page asks the expansion worker and what it answers: one map per worker.

import type { StagedTableName } from './stagedPartTypes';

export interface ExpansionRequest {
  mapId: string;
}

export type ExpansionReply =
  /** Every part of this table is moved: writes that need only it can go ahead. */
  | { type: 'table-done'; table: StagedTableName }
  | { type: 'done'; moved: number }
  /** The error's name is kept so that a full disk is still told apart (saveStatus.ts). */
  | { type: 'failed'; name: string; message: string };
