// The public types of the interchange formats: what an importer hands the app before anything is
// stored (a preview with a summary the user confirms) and what an exporter is asked to leave out.
// Nothing here knows about a particular format.

import type { MapBundle } from '../../domain/types';
import type { NodeKind } from '../../domain/vocabulary';
import type { Result } from '../../result';
import type { FormatProblem } from '../fileTypes';

export const INTERCHANGE_FORMATS = [
  'stakemap',
  'csv',
  'kumu-json',
  'gexf',
  'graphml',
  'cytoscape-json',
] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

/** What an import will create and how it read the file, in sentences a user can check. */
export interface ImportSummary {
  countsByKind: Record<NodeKind, number>;
  relationships: number;
  /** How the file's fields were read: "Column 'Organisation' kept as an extra field". */
  mapped: string[];
  /** What was not understood and what will happen to it. */
  notUnderstood: string[];
}

/**
 * The content of a NEW map, not yet stored. Every record has mapId '' and the import's time; the
 * caller gives it a real id, name and time with attachImport (as bundleFromFile does).
 */
export interface ImportPreview {
  bundle: MapBundle;
  summary: ImportSummary;
}

export type ImportResult = Result<ImportPreview, FormatProblem[]>;

export interface ImportOptions {
  /** The name of the file, for messages ("nodes.csv line 4") and the new map's name. */
  fileName?: string;
  /** When the import happens (ISO timestamp); attachImport can set it later instead. */
  now?: string;
  /** Called once the file is parsed and its records are being checked, for a progress display. */
  onChecking?(): void;
}

export interface ExportOptions {
  /**
   * Leave out emails, phone numbers, notes, the contact log and do-not-contact details, and say
   * so in the file.
   */
  redacted: boolean;
}
