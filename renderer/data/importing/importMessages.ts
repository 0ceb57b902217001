// What the page asks the import worker and what it answers: plain data, copied across the worker
// boundary. One request per worker; the page terminates the worker to cancel.

import type { MapBundle } from '@shared/domain/types';
import type { FormatProblem } from '@shared/format';
import type { CsvColumn, CsvColumnMapping, ImportPreview } from '@shared/format/interchange';
import type { Result } from '@shared/result';
import type { ForeignFormat } from '../foreignFormats';

export interface NamedText {
  name: string;
  text: string;
}

/** The stages a user sees; the worker reports the middle two, the page the first and last. */
export type ImportStage = 'reading' | 'parsing' | 'checking' | 'writing';

export type ImportRequest =
  /** Any file the user chose or dropped. A native file becomes the records of map `mapId`. */
  | { type: 'file'; file: NamedText; mapId: string; now: string }
  /** A Kumu-style pair of spreadsheets. */
  | { type: 'csv-pair'; nodes: NamedText; relationships: NamedText; now: string }
  /** One spreadsheet read with the columns the user chose. */
  | { type: 'csv-mapped'; file: NamedText; mapping: CsvColumnMapping; now: string }
  /** One spreadsheet's columns, for the mapping step the user asked for. */
  | { type: 'csv-columns'; file: NamedText; now: string };

export type ImportRead =
  /** A native file, checked and ready to store. */
  | { kind: 'native'; bundle: MapBundle }
  /** Another tool's file, for the user to confirm. */
  | { kind: 'preview'; format: ForeignFormat; formatLabel: string; preview: ImportPreview }
  /** A spreadsheet that is not in Kumu's shape: the user says what each column holds. */
  | { kind: 'columns'; columns: CsvColumn[]; reason: string };

export type ImportReadResult = Result<ImportRead, FormatProblem[]>;

export type ImportReply =
  | { type: 'stage'; stage: ImportStage }
  | { type: 'done'; result: ImportReadResult }
  | { type: 'failed'; message: string };
