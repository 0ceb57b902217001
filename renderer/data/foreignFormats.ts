// Files from other tools (spreadsheets, Kumu, Gephi, yEd, Cytoscape): which format a file is, and
// its importer. The importers themselves are pure and live in shared/format/interchange.

import type { FormatProblem } from '@shared/format';
import {
  detectFormat,
  FORMAT_LABELS,
  importCsv,
  importInterchange,
  type ImportPreview,
  type InterchangeFormat,
} from '@shared/format/interchange';
import { err, ok, type Result } from '@shared/result';
import { nowTimestamp } from './ids';

export type ForeignFormat = Exclude<InterchangeFormat, 'stakemap'>;

export interface ForeignRead {
  format: ForeignFormat;
  formatLabel: string;
  preview: ImportPreview;
}

/** Which other tool wrote this file, or null when it is (or claims to be) a Stakemap file. */
export function detectForeignFormat(fileName: string, text: string): ForeignFormat | null {
  const format = detectFormat(fileName, text);
  return format === null || format === 'stakemap' ? null : format;
}

export function readForeignFile(
  format: ForeignFormat,
  fileName: string,
  text: string,
): Result<ForeignRead, FormatProblem[]> {
  const result = importInterchange(format, text, { fileName, now: nowTimestamp() });
  if (!result.ok) return err(result.error);
  return ok({ format, formatLabel: FORMAT_LABELS[format], preview: result.value });
}

/** A Kumu-style pair of spreadsheets: the nodes file with its relationships file. */
export function readCsvPair(
  nodes: { name: string; text: string },
  relationships: { name: string; text: string },
): Result<ForeignRead, FormatProblem[]> {
  const result = importCsv(nodes.text, {
    fileName: nodes.name,
    relationships: relationships.text,
    relationshipsFileName: relationships.name,
    now: nowTimestamp(),
  });
  if (!result.ok) return err(result.error);
  return ok({ format: 'csv', formatLabel: FORMAT_LABELS.csv, preview: result.value });
}
