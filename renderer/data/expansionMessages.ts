// What the page asks the expansion worker and what it answers: one map per worker.

export interface ExpansionRequest {
  mapId: string;
}

export type ExpansionReply =
  | { type: 'done'; moved: number }
  /** The error's name is kept so that a full disk is still told apart (saveStatus.ts). */
  | { type: 'failed'; name: string; message: string };
